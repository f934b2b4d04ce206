## A group's lessons as people tell them (src/domain/lesson-pattern.ts)

lessons-said = { $schedule ->
        [pattern] { $weekdays } at { $time }, { $count } { $count ->
            [one] lesson
           *[other] lessons
        }, from { $from }
       *[list] { $lessons }
    }
