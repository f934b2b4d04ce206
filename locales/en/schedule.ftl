## A group's lessons as people tell them (src/domain/lesson-pattern.ts)

lessons-said = { $schedule ->
        [pattern] { $weekdays } at { $time }, { $count } { $count ->
            [one] lesson
           *[other] lessons
        }, from { $from }
        [span] { $count } { $count ->
            [one] lesson
           *[other] lessons
        }, from { $from } to { $to }
       *[list] { $lessons }
    }

## The new-group preview of a long group, in parts

cls-new-dates-part =
    Lesson dates, part { $part } of { $parts }:
    { $lessons }
cls-new-dates-above = All the dates are in the messages above.

## Warnings under a confirm step that sets lesson times (/newclass, /change)

lesson-warn-soon = ⚠️ The lesson starts in less than 2 hours: participants may not hear of it in time.
lesson-warn-night = ⚠️ This is a night time ({ $time }). Please check it is not a typo.
