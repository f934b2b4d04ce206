# Revoking a librarian, the coordinator chose who gets her groups, and that librarian lost the groups' center before
# "Yes" was pressed (probe25 L9): the question again, saying so, with the default named below it.
handover-chosen-lost = { $name } no longer works at the center of these groups and cannot take them.
handover-chosen-lost-unnamed = The person you chose no longer works at the center of these groups and cannot take them.
handover-chosen-lost-notice = The choice had to change. Check who gets the groups and press "Yes" again.
