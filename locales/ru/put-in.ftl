## fixE (session 22): a librarian puts a person from the line into a group herself (walk s22 W22-12)

cls-putin-button = ➕ Записать человека
cls-putin-pick-head = Записать в группу «{ $short }». Ближайшее занятие: { $start }. Свободно мест: { $free }.
cls-putin-pick = Кого записать? Люди в очереди на этот курс, по порядку. ★ — место в этой группе этому человеку уже предложено.
cls-putin-nobody = В очереди на этот курс никого нет. Человека без Телеграма сначала запишите в очередь: /add.
cls-putin-person = { $place }. { $name }
cls-putin-person-held = ★ { $name }
cls-putin-person-elsewhere = { $name } (место в другой группе)
cls-putin-confirm = Записать в группу «{ $short }»: { $name }? Первое занятие для этого человека — { $start }.
cls-putin-ahead = { $ahead ->
        [0] Это первый человек в очереди.
       *[other] Впереди в очереди { $ahead } { $ahead ->
            [one] человек
            [few] человека
           *[many] человек
        }: вы записываете не по очереди.
    }
cls-putin-offer-here = Этому человеку уже предложено место в этой группе.
cls-putin-offer-elsewhere = Этому человеку предложено место в другой группе: то предложение закроется, место передадут следующему.
cls-putin-telegram = Бот сразу напишет человеку, где и когда первое занятие.
cls-putin-phone = Телеграма нет: скажите человеку сами, где и когда первое занятие.
cls-putin-yes = ✓ Записать
cls-putin-done = Записали в группу: { $name }.
cls-putin-full = В группе не осталось свободных мест. Никого не записали.
cls-putin-gone = Этот человек уже не в очереди на этот курс (записан, вышел или удалён). Никого не записали.
cls-putin-no-lesson = У группы не осталось занятий впереди, или она не ваша. Никого не записали.
# The citizen's message: the library put them into a group.
cls-putin-told =
    Библиотека записала вас в группу! Курс «{ $course }».
    Первое занятие — { $firstToday ->
        [yes] сегодня в { $firstTime }
       *[no] { $first }
    }.
    Где: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }
# /newclass: nobody was offered a seat because the first lesson is too near.
cls-created-too-near = Группа создана. Предложено мест людям из очереди: 0 — первое занятие меньше чем через 1,5 часа: места не предлагались. Запишите людей сами: /classes → группа → ➕ Записать человека.
# The confirmation, for a group already begun.
cls-putin-missed = Группа уже занимается: прошло занятий — { $missed } из { $lessons }.

## probe37 (session 37): a second tap on «О какой речь?» after «Не смогу» was said (src/bot/features/cant-come.ts)

said-already = Библиотекарю уже передали, что вас не будет.

# A put-in confirmation pressed again after the person was put in or moved (src/bot/features/classes/put-in.ts).
putin-here = Этот человек уже в этой группе. Ничего не меняли.
