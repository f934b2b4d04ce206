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

# /change → "All groups of a center": a center closed for some days (walk29 W29-15).
closed-days-said = { $oneDay ->
        [yes] on { $from }
       *[no] from { $from } to { $to }
    }
fix30b-all-groups = 🏢 All groups of a center: closed for some days
fix30b-days-center = Which center is closed?
fix30b-days-ask =
    Center: { $center }.
    Which days is it closed? Choose or type the dates, e.g. 7–13 December, or one day: 9 December
fix30b-days-today = Today
fix30b-days-tomorrow = Tomorrow
fix30b-days-this-week = This week
fix30b-days-next-week = Next week
fix30b-days-invalid = Could not read the dates. Type them like this: 7–13 December, 07.12–13.12, or one day: 9 December, "tomorrow"
fix30b-days-past = These days have passed. Type today's date or a later one.
fix30b-days-long = That is more than three months. Type nearer dates or cancel the groups one by one.
fix30b-days-none = The center's groups have no lessons on these days. Type other dates or press "Back".
fix30b-days-preview =
    Cancel { $lessons } { $lessons ->
        [one] lesson
       *[other] lessons
    } in { $groups } { $groups ->
        [one] group
       *[other] groups
    } { closed-days-said }?
    { $center }
    Groups: { $courses }
    Each person gets one message. People to be told: { $people }.
fix30b-days-preview-cancelled = All the lessons left fall on these days, so the group will be cancelled and its people go back to their places in line: { $courses }.
fix30b-days-preview-ended = These are the last lessons, so the course ends and its people are marked as having finished: { $courses }.
fix30b-days-done = Done. Lessons cancelled: { $lessons }. Messages being sent: { $count }.{ $calls ->
        [0] {""}
       *[other] {" "}Without Telegram: { $calls }; the center's librarians got a list of whom to call.
    }
fix30b-days-notice =
    The center is closed { closed-days-said }: { $center }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Lessons on these days are cancelled:
            { $list }
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Group cancelled: { $cancelled }. You are back in line in your old place. We will write when there is a new group.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Those were the last lessons: { $ended }. The course is over, thank you for taking part!
    }
    Questions: { $phone }
calls-change-close-days =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    The center is closed { closed-days-said } ({ $center }): lessons on these days are cancelled.
calls-digest-close-days =
    📞 Call { calls-digest-who }: the center is closed { closed-days-said } ({ $center }), lessons on these days are cancelled. Phone numbers are in the list.
no-phone-change-close-days =
    📌 The center is closed { closed-days-said } ({ $center }): lessons on these days are cancelled.
    { no-phone-tell }
