# /calls lists every call list with calls still to make, not only put-ins (task28 fixF, src/bot/features/calls/menus.ts):
# a line a kind of list, how many people to call on its lists; a button a list, opening it below.
calls-lists-line =
    { $kind ->
        [change] Изменилось расписание групп
        [closedays] Центр закрыт на несколько дней, занятия отменены
        [broadcast] Рассылки, которые нужно передать по телефону
        [closure] Центр не принимает записи
        [reopen] Центр снова принимает записи
        [coursepause] Курс пока не набирает группы
       *[courseresume] Курс снова набирает группы
    }. Позвонить: { $count } { $count ->
        [one] человеку
       *[other] людям
    }.
calls-btn-list =
    📋 { $kind ->
        [change] Расписание: { $course }, { $center }
        [closedays] Центр закрыт на несколько дней: { $center }
        [broadcast] Рассылка: { $text }
        [closure] Центр закрыт: { $center }
        [reopen] Центр открыт: { $center }
        [coursepause] Набор остановлен: { $course }, { $center }
       *[courseresume] Набор снова идёт: { $course }, { $center }
    }: позвонили { $done } из { $count }
# More lists than get a button: the oldest are left out until the newer ones are done.
calls-lists-more =
    Ещё { $count } { $count ->
        [one] старый список не поместился
        [few] старых списка не поместились
       *[many] старых списков не поместились
    }: они появятся здесь, когда закончите эти.

# A librarian's flow waited on a person's card (/find, /forgetperson, /add) that was closed because that person's data
# was deleted: what she sends next ends the flow with this (scenes/shared/question-presses.ts endIfClosed).
question-card-closed = Карточка закрыта: данные этого человека удалены. Продолжить с ним нельзя.
