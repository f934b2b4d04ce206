# Revoking a librarian, the coordinator chose who gets her groups, and that librarian lost the groups' center before
# «Да» was pressed (probe25 L9): the question again, saying so, with the default named below it.
handover-chosen-lost = { $name } больше не работает в центре этих групп и не может их получить.
handover-chosen-lost-unnamed = Выбранный сотрудник больше не работает в центре этих групп и не может их получить.
handover-chosen-lost-notice = Выбор пришлось изменить. Проверьте, кто получит группы, и нажмите «Да» ещё раз.
