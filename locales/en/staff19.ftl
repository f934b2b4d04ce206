## Fixes from the usability walk of session 18 (notes/walk-s18.md), staff side

# /change with one group to change: the group is not asked, the next question names it (rem-chg-group-label).
s19-chg-one-group-action =
    Group: { $group }
    What do you want to change?

# /attendance lists only lessons that have begun, and today's: with none yet, when marking opens.
s19-att-none-begun = This group's classes have not started yet. The first: { $time }. You can mark attendance from that day.
s19-att-no-lessons = This group has no classes to mark.
