# /staff, a librarian's centers changed (walk28 W28-13, W28-14, W28-16): src/domain/staff-centers.ts, scenes/classes/add-staff.ts.
# A group handed over: its course, center and next lesson ($begun: yes — the group has begun, no — not yet, none — no lesson ahead).
staff-centers-group = «{ $course }», { $center }{ $begun ->
        [yes] , следующее занятие { $when }
        [no] , с { $when }
       *[none] {""}
    }
staff-centers-group-taker = { $group } — { $name }
staff-centers-groups-more = Ещё групп: { $count }.
staff-centers-coordinator = координатор
# To her (W28-13): what she lost, who runs her groups there now, her centers.
staff-centers-left = Вы больше не работаете здесь: { $centers }.
staff-centers-your-groups = { $count ->
        [1] Кто теперь ведёт вашу группу там:
       *[other] Кто теперь ведёт ваши группы там:
    }
staff-centers-joined = Теперь вы работаете и здесь: { $centers }.
staff-centers-yours = Ваши центры: { $centers }.
# Her screens naming people of a center she left, closed (W28-13).
staff-centers-view-closed = { $command ->
        [none] Список закрыт: вы больше не работаете в этом центре.
       *[other] Список закрыт: вы больше не работаете в этом центре. Открыть снова: { $command }
    }
# To the one who got her groups (W28-16).
staff-centers-given = { $name } больше не ведёт { $count ->
        [1] эту группу, теперь её ведёте вы:
       *[other] эти группы, теперь их ведёте вы:
    }
staff-centers-given-unnamed = { $count ->
        [1] Теперь вы ведёте группу библиотекаря, который больше не работает в этом центре:
       *[other] Теперь вы ведёте группы библиотекаря, который больше не работает в этом центре:
    }
staff-centers-given-where = Группы — в /classes, звонки — в /calls.
# The coordinator (W28-14): a button per librarian, the picker headed for her, the answer naming her and the hand-over.
staff-centers-btn = ✎ Центры: { $name }
staff-centers-ask = Где работает { $name }: отметьте центры и нажмите «Готово».
staff-centers-done = Готово. Где работает { $name }: { $centers }.
staff-centers-handed = { $count ->
        [1] Группа передана:
       *[other] Группы переданы:
    }
# Unticking centers where she runs open groups (W28-15): her name, not «её», and one group or many.
staff-centers-untick-ask = { $name } больше не будет работать здесь: { $centers }. Открытых групп, которые { $name } ведёт там: { $count }. { $count ->
        [1] Кому её передать?
       *[other] Кому их передать?
    } Можно выбрать библиотекаря этого центра или себя.

# Under the card of one's own center, typed «где библиотека?» (walk31 W31-16).
other-centers = Другие центры
