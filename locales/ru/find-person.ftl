## /find: staff find a person, see their card, move them to another center (walk s21 W21-03, W21-13, W21-18;
## scenes/desk/find-person.ts). The search and the card's lines are /forgetperson's (desk.ftl).
command-find = Найти человека: его очередь, перевод в другой центр
desk-find-search = Кого найти? Напишите телефон или часть имени (например, «Иванова Мария»).
desk-find-card =
    { $person }

    Что сделать?
desk-find-other-centers = Записи в других центрах переводят и снимают их библиотекари.
desk-find-move = 🏛 Перевести в другой центр
desk-find-move-course = 🏛 { $course }: в другой центр
desk-find-leave = 🚪 Вывести из очереди
desk-find-leave-course = 🚪 { $course }: вывести из очереди
desk-leave-confirm = Вывести из очереди? { $name }, курс «{ $course }». Место в очереди будет потеряно. Остальные записи и данные человека останутся.
desk-leave-yes = ✅ Да, вывести
desk-leave-done =
    Готово. { $name } больше не в очереди на курс «{ $course }».
    { $telegram ->
        [yes] Человеку отправлено сообщение в Телеграм.
       *[no] У человека нет Телеграма: ему ничего не придёт.
    }
# To the person with Telegram whom staff took off a course's list (src/domain/desk-move.ts).
desk-leave-notice = Вы больше не в очереди на курс «{ $course }»: так отметили в библиотеке по вашей просьбе. Если это ошибка, запишитесь снова или позвоните в библиотеку.
desk-find-forget = 🗑 Удалить данные
# A call list's button for a person no longer there (deleted) or not at this librarian's centers.
desk-find-gone = Этого человека нет среди записанных в ваши центры: возможно, его данные удалены.
desk-move-where = Куда перевести? { $name }, курс «{ $course }». Выберите город.
desk-move-same = Человек уже в очереди в этом центре. Выберите другой.
desk-move-confirm =
    Перевести в другой центр?
    { $name }, курс «{ $course }»
    Новый центр: { $center }
    Место в очереди там: { $position }. Оно считается по дню записи и сохранится.
desk-move-yes = ✅ Да, перевести
desk-move-done =
    Готово. { $name } теперь в очереди в центре: { $center }. Место в очереди: { $position }.
    { $telegram ->
        [yes] Человеку отправлено сообщение в Телеграм.
       *[no] У человека нет Телеграма: скажите ему новое место по телефону.
    }
desk-move-gone = Эта запись уже не ждёт в очереди: человеку предложили место, он вышел из очереди или его данные удалены. Ничего не меняли.
desk-move-closed = Этот центр больше не принимает записи. Ничего не меняли.
# To the person with Telegram whom staff moved (src/domain/desk-move.ts).
desk-move-notice = Вас перевели в другой центр, как вы просили. Курс «{ $course }»: { $center }. Ваше место в очереди: { $position }.

# The closure call list (src/bot/features/calls/change-calls.ts): each person has a move button beside the tick.
calls-btn-move = 🏛 Перевести
calls-closure-hint = Человек выбрал другой центр: нажмите «Перевести» рядом с его именем. Место в очереди сохранится.
