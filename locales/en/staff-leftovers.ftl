# A librarian's call card once the call closed with nobody's answer (the offer ran out, the group changed, the person
# linked Telegram): the card as it was, then what happened, without its buttons (walk s22 W22-13).
call-closed-plain =
    { calls-task }

    { calls-status }
call-closed-plain-begun =
    { calls-task-begun }

    { calls-status }

# /stats (walk s22 W22-28): the centers in full, as on every other staff screen, each with how many wait there.
adm-stats-centers = Waiting on the list, per center:
# The current year's totals: who finished a course in it, how many groups had lessons in it.
adm-stats-year = In { $year }: finished a course — { $finished }, groups with lessons — { $groups }.

# Revoking a librarian: whom her open groups go to, and the choice of someone else (the default first).
staff-handover-to = Who gets the groups: { $names }.
staff-handover-you = you
staff-handover-btn = 👤 Give the groups to someone else
staff-handover-default = { $name } — as suggested
staff-handover-me = Myself

# /calls: the groups' lists of people put in whom the bot cannot write to (src/bot/features/calls/menus.ts).
calls-putin-lists =
    Put into groups, the bot cannot write to them. To call: { $count } { $count ->
        [one] person
       *[other] people
    }.
calls-btn-putin-list = 📋 { $course }, { $center }: called { $done } of { $count }
