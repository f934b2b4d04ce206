## A group's lessons as people tell them (src/domain/lesson-pattern.ts)

lessons-said = { $schedule ->
        [pattern] по { $weekdays } в { $time }, { $count } { $count ->
            [one] занятие
            [few] занятия
           *[many] занятий
        }, с { $from }
       *[list] { $lessons }
    }
