# Helper fix30b, round 30.

# /newclass: a first lesson that looks like a slip (walk29 W29-22). $when: "today at 07:50"; $reasons: "in 2 hours, before the center opens (10:00)".
fix30b-first-check = The first lesson is { $when }: { $reasons }. Is that right?
fix30b-first-today = today at { $time }
fix30b-first-day = on { $date } at { $time }
fix30b-first-in-hours = in { $hours } { $hours ->
    [one] hour
   *[other] hours
    }
fix30b-first-in-minutes = in { $minutes } { $minutes ->
    [one] minute
   *[other] minutes
    }
fix30b-first-before-opening = before the center opens ({ $opens })
fix30b-first-yes = Yes, that's right
fix30b-first-change = Change
fix30b-first-again-time = All right, choose another time.
fix30b-first-again-dates = All right, type the lesson dates again.

