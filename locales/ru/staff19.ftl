## Fixes from the usability walk of session 18 (notes/walk-s18.md), staff side

# /change with one group to change: the group is not asked, the next question names it (rem-chg-group-label).
s19-chg-one-group-action =
    Группа: { $group }
    Что изменить?

# /attendance lists only lessons that have begun, and today's: with none yet, when marking opens.
s19-att-none-begun = Занятия этой группы ещё не начались. Первое: { $time }. Отметить посещение можно с этого дня.
s19-att-no-lessons = У этой группы нет занятий, которые можно отметить.
