# Helper fix31b, round 31.

# /import's check file captioned by what it holds: only rows added with a remark, or those and rows not added.
fix31b-imp-details-remarks = Rows that will be added, with remarks.
fix31b-imp-details-both = Rows that will not be added, with the reasons, and rows that will be added, with remarks.

# A seat offer sent again after /change closed the center for some days (src/domain/center-days.ts): said so, not
# "The group's schedule has changed"; the last day only, within 60 words at its longest. $closedOneDay: yes / no;
# $closedFrom: the day when one; $closedTo: the last day ("6 December").
fix31b-offer-days-off =
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

# fix30b-days-notice with at most three lesson lines (the first ones and how many more: $more) and a shorter "group
# cancelled", so that a person in several groups stays within 60 words.
fix31b-days-notice =
    The center is closed { closed-days-said }: { $center }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Lessons on these days are cancelled:
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…and { $more } more
            }
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Group cancelled: { $cancelled }. You are back in line in your old place.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Those were the last lessons: { $ended }. The course is over, thank you for taking part!
    }
    Questions: { $phone }
