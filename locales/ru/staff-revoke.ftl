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
