# Helper fixJ, round 22: a seat freed in a group that has just begun goes to the next person (walk s21 W21-26).
# Said instead of cls-offer / cls-offer-reminder / calls-task when one lesson was held before the person's first.

cls-offer-begun =
    Есть место! Группа уже идёт, библиотекарь поможет догнать.

    Курс: { $course }
    Где: { $center }, { $address }, { $room }
    Занятия: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }

    { $untilToday ->
        [yes] Ответьте сегодня до { $untilTime }.
       *[no] Ответьте до { $until }.
    }
cls-offer-reminder-begun =
    Напоминаем: мы держим для вас место. Курс «{ $course }», { $center }. Группа уже идёт, библиотекарь поможет догнать.

    Занятия: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }

    { $untilToday ->
        [yes] Ответьте сегодня до { $untilTime }.
       *[no] Ответьте до { $until }.
    }
calls-task-begun =
    📞 Позвоните человеку без Телеграма: есть место. Прошло одно занятие, библиотекарь поможет догнать.
    { $name }, { $phone }
    { $course }: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until } (местное время).{ calls-partner-calls }

# A closed group's seats given to the general queue when the group takes no newcomers any more (src/domain/joining-lesson.ts).
prt-released-too-late = Группа теперь открыта для всех, но бот уже не предлагает в ней места: новый человек пропустил бы больше одного занятия или занятий осталось слишком мало. Можно добавить людей самим.
