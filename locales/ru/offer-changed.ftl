# An offer held while the group's schedule changed (probe s22 M3, src/domain/offer-schedule-change.ts).
cls-offer-changed =
    Расписание группы изменилось. Место для вас по-прежнему есть.

    Курс: { $course }
    Где: { $center }, { $address }, { $room }
    Занятия теперь: { lessons-said }{ offer-time-note }

    { $untilToday ->
        [yes] Пожалуйста, ответьте сегодня до { $untilTime }.
       *[no] Пожалуйста, ответьте до { $until }.
    }
