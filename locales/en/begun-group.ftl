# Helper fixJ, round 22: a seat freed in a group that has just begun goes to the next person (walk s21 W21-26).
# Said instead of cls-offer / cls-offer-reminder / calls-task when one lesson was held before the person's first.

cls-offer-begun =
    A seat in a group under way; the librarian helps you catch up.

    Course: { $course }
    Where: { $center }, { $address }, { $room }
    Lessons: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }

    { $untilToday ->
        [yes] Answer today by { $untilTime }.
       *[no] Answer by { $until }.
    }
cls-offer-reminder-begun =
    Reminder: we are holding a seat for you. Course "{ $course }", { $center }. The group is under way; the librarian will help you catch up.

    Lessons: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }

    { $untilToday ->
        [yes] Answer today by { $untilTime }.
       *[no] Answer by { $until }.
    }
calls-task-begun =
    📞 Call someone without Telegram: a free seat. One lesson was held; we help them catch up.
    { $name }, { $phone }
    { $course }: { lessons-said }
    Where: { $center }, { $address }, { $room }
    The seat is held until { $until } (local time).{ calls-partner-calls }

# A closed group's seats given to the general queue when the group takes no newcomers any more (src/domain/joining-lesson.ts).
prt-released-too-late = The group is now open to everyone, but the bot no longer offers its seats: a newcomer would miss more than one lesson, or too few lessons are left. You can add people yourselves.
