## People with no phone and no Telegram (fix28d): registered at the desk or imported; told in person when they come in.

# /add: the phone step's button, and the summary's phone line.
no-phone-btn = Нет телефона
no-phone-ask = Напишите телефон человека, например 8 923 123-45-67 или 8 (3842) 58-12-34. Если телефона нет, нажмите «Нет телефона».
no-phone-summary = нет — сообщим при встрече
no-phone-add-done =
    Записали в очередь: «{ $course }», { $center }. Место в очереди: { $position }.
    Телефона и Телеграма у человека нет: когда подойдёт очередь, библиотекари центра получат карточку со сроком ответа: до этого срока место держим. Когда человек придёт, скажите ему о месте и о сроке.
no-phone-done-known = Этот человек уже был в списке центра: курс добавлен ему же.
no-phone-already = { $status ->
    [offered] Этому человеку уже предложено место на курсе «{ $course }» ({ $center }). Ничего не меняли.
    [enrolled] Этот человек уже учится на курсе «{ $course }» ({ $center }). Ничего не меняли.
   *[other] Этот человек уже в очереди на курс «{ $course }» ({ $center }): место { $position }. Ничего не меняли.
}
# A seat offer's card, as calls-task, for someone with nothing to dial.
no-phone-number = нет телефона — скажите, когда человек придёт
no-phone-task =
    📌 Для человека без телефона и Телеграма есть место в группе.
    { $name }, { no-phone-number }
    { $course }: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until } (местное время).{ calls-partner-tells }
no-phone-task-begun =
    📌 Есть место. Прошло одно занятие, библиотекарь поможет догнать.
    { $name }, { no-phone-number }
    { $course }: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until }.{ calls-partner-tells }
# /calls: the phone's place on an open offer's line.
no-phone-line = нет телефона, скажите при встрече
# The lesson and change call lists: people with nothing to dial, to tell in person (named while few, else counted).
no-phone-remind = Без телефона, напомнить лично: { $named ->
    [yes] { $names }
   *[no] { $people ->
        [one] { $people } человек
        [few] { $people } человека
       *[many] { $people } человек
    }
}
no-phone-tell = Без телефона, сказать лично: { $named ->
    [yes] { $names }
   *[no] { $people ->
        [one] { $people } человек
        [few] { $people } человека
       *[many] { $people } человек
    }
}
# The daily list when everyone on it has no phone (nothing to call).
no-phone-list-only =
    📌 Завтра, { $date }, занятия у людей без телефона и Телеграма.
    { $remind }
no-phone-change-move-lesson =
    📌 Занятие перенесено: { $course }, было { $old }, теперь { $new }.
    { no-phone-tell }
no-phone-change-shift-group =
    📌 Расписание группы изменилось: { $course }, занятия теперь { lessons-said }.
    { no-phone-tell }
no-phone-change-cancel-lesson =
    📌 Занятие отменено: { $course }, { $when }. Остальные занятия идут по расписанию.
    { no-phone-tell }
no-phone-change-cancel-last-lesson =
    📌 Занятие отменено: { $course }, { $when }. Это было последнее занятие группы: курс окончен.
    { no-phone-tell }
no-phone-change-cancel-group =
    📌 Группа отменена: { $course }, { $center }. Люди снова в очереди на прежних местах.
    { no-phone-tell }
# /change done: people without a phone are told in person, not called.
no-phone-chg-done = Без телефона: { $count } — библиотекари центра получили напоминание сказать лично.
# /import: rows with an empty phone are people with no phone; the preview and the result count them.
no-phone-import = Без телефона: { $count } — о месте скажут лично, когда подойдёт очередь.
