## Fixes from the usability walk of session 18 (notes/walk-s18.md), staff side

# /change with one group to change: the group is not asked, the next question names it (rem-chg-group-label).
s19-chg-one-group-action =
    Группа: { $group }
    Что изменить?
