# An offer held while the group's schedule changed (probe s22 M3, src/domain/offer-schedule-change.ts).
cls-offer-changed =
    The group's schedule has changed. Your seat is still there.

    Course: { $course }
    Where: { $center }, { $address }, { $room }
    Lessons now: { lessons-said }{ offer-time-note }

    { $untilToday ->
        [yes] Please answer today by { $untilTime }.
       *[no] Please answer by { $until }.
    }
