## A citizen in a group who moves to another town (walk29 W29-08)

move-group-confirm = You are in the group for "{ $course }": { $from }. Give up your seat there and join the waiting list at { $center }? Your place in line there will be { $position }. Your seat in the group goes to the next person.
move-group-yes = ✅ Yes, move
move-group-no = No, stay in the group
move-group-kept = All right. You stay in the group: { $from }.
move-group-done = Done. Your seat in the group went to the next person. Your center now: { $center }. Your place in line: { $position }.
move-group-same = Your group meets at this center. Choose another center.
join-already-enrolled-move = You are already in the group for "{ $course }": { $center }. If you are moving, you can give up your seat and join the waiting list at another center.
join-already-stay-group = Stay in the group
