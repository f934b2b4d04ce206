# /staff, revoking a librarian and the leftovers of handing her groups over (fix28k): src/bot/features/classes/staff.ts,
# src/domain/staff-centers.ts, scenes/classes/add-staff.ts.
# To her, revoked from all her centers: where she no longer works, and who runs her groups now.
staff-revoke-you = Вы больше не библиотекарь в «Твой курс»: { $centers }.
staff-revoke-your-groups = { $count ->
        [1] Ваша группа передана:
       *[other] Ваши группы переданы:
    }
# Her screens naming people of her centers, closed: nothing to open again.
staff-revoke-view-closed = Список закрыт: вы больше не библиотекарь.
# The revoke screen's «Передать группы другому»: her name, not «вела» (says nothing of who she is).
staff-revoke-handover-ask = Открытых групп, которые ведёт { $name }: { $count }. { $count ->
        [1] Кому её передать?
       *[other] Кому их передать?
    } Можно выбрать библиотекаря тех же центров или себя.
# To the one who got her groups from the repair job (a count, no list).
staff-revoke-groups-given = { $count ->
        [1] { $name } больше не ведёт группу в вашем центре, теперь её ведёте вы.
       *[other] { $name } больше не ведёт группы в вашем центре ({ $count }), теперь их ведёте вы.
    } Группы — в /classes, звонки — в /calls.
# Unticking with nobody else at those centers: said once, the groups listed after it.
staff-revoke-untick-none = Других библиотекарей здесь нет: { $centers }. { $count ->
        [1] Открытую группу, которую там ведёт { $name }, получите вы:
       *[other] Открытые группы, которые там ведёт { $name }, получите вы:
    }
# The one chosen lost the center meanwhile and nobody else is left (walk28 W28-27).
staff-revoke-lost-none = { $name } больше не работает здесь; других библиотекарей нет: { $count ->
        [1] группу получите вы:
       *[other] группы получите вы:
    }
staff-revoke-lost-none-unnamed = Выбранный сотрудник больше не работает здесь; других библиотекарей нет: { $count ->
        [1] группу получите вы:
       *[other] группы получите вы:
    }
