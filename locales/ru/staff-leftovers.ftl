# A librarian's call card once the call closed with nobody's answer (the offer ran out, the group changed, the person
# linked Telegram): the card as it was, then what happened, without its buttons (walk s22 W22-13).
call-closed-plain =
    { calls-task }

    { calls-status }
call-closed-plain-begun =
    { calls-task-begun }

    { calls-status }

# /stats (walk s22 W22-28): the centers in full, as on every other staff screen, each with how many wait there.
adm-stats-centers = Ждут в очереди, по центрам:
# The current year's totals: who finished a course in it, how many groups had lessons in it.
adm-stats-year = За { $year } год: закончили курс — { $finished }, групп с занятиями — { $groups }.

# Revoking a librarian: whom her open groups go to, and the choice of someone else (the default first).
staff-handover-to = Кто получит группы: { $names }.
staff-handover-you = вы
staff-handover-btn = 👤 Передать группы другому
staff-handover-default = { $name } — как предложено
staff-handover-me = Себе

# /calls: the groups' lists of people put in whom the bot cannot write to (src/bot/features/calls/menus.ts).
calls-putin-lists =
    Записаны в группы, бот не может им написать. Позвонить: { $count } { $count ->
        [one] человеку
       *[other] людям
    }.
calls-btn-putin-list = 📋 { $course }, { $center }: позвонили { $done } из { $count }
