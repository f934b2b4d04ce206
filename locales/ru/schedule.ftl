## A group's lessons as people tell them (src/domain/lesson-pattern.ts)

lessons-said = { $schedule ->
        [pattern] по { $weekdays } в { $time }, { $count } { $count ->
            [one] занятие
            [few] занятия
           *[many] занятий
        }, с { $from }
        [span] { $count } { $count ->
            [one] занятие
            [few] занятия
           *[many] занятий
        }, с { $from } по { $to }
       *[list] { $lessons }
    }

## The new-group preview of a long group, in parts

cls-new-dates-part =
    Даты занятий, часть { $part } из { $parts }:
    { $lessons }
cls-new-dates-above = Все даты — в сообщениях выше.

## Warnings under a confirm step that sets lesson times (/newclass, /change)

lesson-warn-soon = ⚠️ Занятие начнётся меньше чем через 2 часа: участники могут не успеть узнать.
lesson-warn-night = ⚠️ Время ночное ({ $time }). Проверьте, не опечатка ли это.
