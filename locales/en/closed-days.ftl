# Helper fix30b, round 30.

# /newclass: a first lesson that looks like a slip (walk29 W29-22). $when: "today at 07:50"; $reasons: "in 2 hours, before the center opens (10:00)".
first-lesson-check = The first lesson is { $when }: { $reasons }. Is that right?
first-lesson-today = today at { $time }
first-lesson-day = on { $date } at { $time }
first-lesson-in-hours = in { $hours } { $hours ->
    [one] hour
   *[other] hours
    }
first-lesson-in-minutes = in { $minutes } { $minutes ->
    [one] minute
   *[other] minutes
    }
first-lesson-before-opening = before the center opens ({ $opens })
first-lesson-yes = Yes, that's right
first-lesson-change = Change
first-lesson-again-time = All right, choose another time.
first-lesson-again-dates = All right, type the lesson dates again.

# /change → "All groups of a center": a center closed for some days (walk29 W29-15).
closed-days-said = { $oneDay ->
        [yes] on { $from }
       *[no] from { $from } to { $to }
    }
closed-days-all-groups = 🏢 All groups of a center: closed for some days
closed-days-center = Which center is closed?
closed-days-ask =
    Center: { $center }.
    Which days is it closed? Choose or type the dates, e.g. 7–13 December, or one day: 9 December
closed-days-today = Today
closed-days-tomorrow = Tomorrow
closed-days-this-week = This week
closed-days-next-week = Next week
closed-days-invalid = Could not read the dates. Type them like this: 7–13 December, 07.12–13.12, or one day: 9 December, "tomorrow"
closed-days-past = These days have passed. Type today's date or a later one.
closed-days-long = That is more than three months. Type nearer dates or cancel the groups one by one.
closed-days-none = The center's groups have no lessons on these days. Type other dates or press "Back".
closed-days-preview =
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
closed-days-preview-cancelled = All the lessons left fall on these days, so the group will be cancelled and its people go back to their places in line: { $courses }.
closed-days-preview-ended = These are the last lessons, so the course ends and its people are marked as having finished: { $courses }.
closed-days-done = Done. Lessons cancelled: { $lessons }. Messages being sent: { $count }.{ $calls ->
        [0] {""}
       *[other] {" "}Without Telegram: { $calls }; the center's librarians got a list of whom to call.
    }
calls-change-close-days =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    The center is closed { closed-days-said } ({ $center }): lessons on these days are cancelled.
calls-digest-close-days =
    📞 Call { calls-digest-who }: the center is closed { closed-days-said } ({ $center }), lessons on these days are cancelled. Phone numbers are in the list.
no-phone-change-close-days =
    📌 The center is closed { closed-days-said } ({ $center }): lessons on these days are cancelled.
    { no-phone-tell }

# fix30i: dates typed by staff (probe30 M1, walk30 W30-09).
# «📅 До другого дня» with a day already gone by ($date: «1 December»).
adm-ctr-hide-date-gone = { $date } has already passed. Type a day after today, for example "Monday" or 9.12.
# /change's preview (walk30 W30-09): those a message does not reach, as the result says them.
change-told-calls = Without Telegram: { $calls } — the center's librarians will get a list of whom to call.
change-told-in-person = Without a phone: { $count } — the center's librarians will be reminded to tell them in person.

# Helper fix31b, round 31.

# /import's check file captioned by what it holds: only rows added with a remark, or those and rows not added.
imp-details-remarks = Rows that will be added, with remarks.
imp-details-both = Rows that will not be added, with the reasons, and rows that will be added, with remarks.

# A seat offer sent again after /change closed the center for some days (src/domain/center-days.ts): said so, not
# "The group's schedule has changed"; the last day only, within 60 words at its longest. $closedOneDay: yes / no;
# $closedFrom: the day when one; $closedTo: the last day ("6 December").
offer-days-off =
    The center is closed { $closedOneDay ->
        [yes] on { $closedFrom }
       *[no] through { $closedTo }
    }. Your seat is still there.

    Course: { $course }
    Where: { $center }, { $address }, { $room }
    Lessons now: { lessons-said }{ offer-time-note }

    { $untilToday ->
        [yes] Answer today by { $untilTime }.
       *[no] Answer by { $until }.
    }

# The call list of a center closed for some days (/change → "All groups of a center"), whatever courses its calls are of.
calls-close-days-list-title =
    📞 The center is closed for some days ({ $center }); lessons on those days are cancelled. Please call ({ $done } of { $count }):


# task31 fixJ (walk31 W31-17, W31-12, W31-13)
new-closed-days =
    ⚠ The center is closed { closed-days-said }: { $count ->
        [1] the lesson on { $dates } falls
       *[other] the lessons on { $dates } fall
    } on { $oneDay ->
        [yes] that day
       *[no] those days
    }. To change the dates, press Back.
# /broadcast's preview (walk31 W31-12): the first number is of those who get it, not of everyone counted below.
bc-preview-count = Will get it in Telegram: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } blocked the bot and will not get it.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Without Telegram: { $phoneOnly }; please call them.
    } Send?
bc-preview-count-no-phone = Will get it in Telegram: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } blocked the bot and will not get it.
    } Without Telegram: { $phoneOnly } — { $called ->
        [0] {""}
       *[other] please call { $called },{" "}
    }{ $noPhone } have no phone: tell them in person. Send?
# /calls: the button of a center closed for some days, by its days (walk31 W31-13: the center's name made it 85 characters).
calls-btn-close-days = 🏢 Closed { $oneDay ->
        [yes] { $from }
       *[no] { $from }–{ $to }
    }: called { $done } of { $count }

# task34 fixC (walk31 W31-13 rest): a center closed for some days: its lessons are not made up, and when hers go on.
closed-days-notice =
    { $place } is closed { closed-days-said }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Lessons on these days are cancelled (not made up):
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…and { $more } more
            }
    }{ $next ->
        [none] {""}
       *[other] {"\u000A"}Lessons resume on { $next }.
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Group cancelled: { $cancelled }. You are back in line in your old place.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Those were the last lessons: { $ended }. The course is over, thank you for taking part!
    }
    Questions: { $phone }
