## People with no phone and no Telegram (fix28d): registered at the desk or imported; told in person when they come in.

# /add: the phone step's button, and the summary's phone line.
no-phone-btn = Нет телефона
no-phone-summary = нет — сообщим при встрече
no-phone-add-done =
    Записали в очередь: «{ $course }», { $center }. Место в очереди: { $position }.
    Телефона и Телеграма у человека нет: когда подойдёт очередь, библиотекари центра получат карточку. Скажите человеку, когда он придёт.
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
    Место держим до { $until } (местное время).
no-phone-task-begun =
    📌 Для человека без телефона и Телеграма есть место в группе. Группа уже начала заниматься: одно занятие прошло, скажите, что библиотекарь поможет догнать.
    { $name }, { no-phone-number }
    { $course }, его занятия: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until } (местное время).
# /calls: the phone's place on an open offer's line.
no-phone-line = нет телефона, скажите при встрече
# The lesson and change call lists: people with nothing to dial, to tell in person.
no-phone-remind = Без телефона, напомнить лично: { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}
no-phone-remind-names = Без телефона, напомнить лично: { $names }
# /import: rows with an empty phone are people with no phone; the preview and the result count them.
no-phone-import = Без телефона: { $count } — им скажут лично, когда подойдёт очередь.
