# /staff, a librarian's centers changed (walk28 W28-13, W28-14, W28-16): src/domain/staff-centers.ts, scenes/classes/add-staff.ts.
# A group handed over: its course, center and next lesson ($begun: yes — the group has begun, no — not yet, none — no lesson ahead).
staff-centers-group = "{ $course }", { $center }{ $begun ->
        [yes] , next lesson { $when }
        [no] , from { $when }
       *[none] {""}
    }
staff-centers-group-taker = { $group } — { $name }
staff-centers-groups-more = More groups: { $count }.
staff-centers-coordinator = the coordinator
# To her (W28-13): what she lost, who runs her groups there now, her centers.
staff-centers-left = You no longer work here: { $centers }.
staff-centers-your-groups = { $count ->
        [1] Who runs your group there now:
       *[other] Who runs your groups there now:
    }
staff-centers-joined = You now also work here: { $centers }.
staff-centers-yours = Your centers: { $centers }.
# Her screens naming people of a center she left, closed (W28-13).
staff-centers-view-closed = { $command ->
        [none] List closed: you no longer work at this center.
       *[other] List closed: you no longer work at this center. Open it again: { $command }
    }
# To the one who got her groups (W28-16).
staff-centers-given = { $name } no longer runs { $count ->
        [1] this group; you run it now:
       *[other] these groups; you run them now:
    }
staff-centers-given-unnamed = { $count ->
        [1] You now run the group of a librarian who no longer works at this center:
       *[other] You now run the groups of a librarian who no longer works at this center:
    }
staff-centers-given-where = Groups are in /classes, calls in /calls.
# The coordinator (W28-14): a button per librarian, the picker headed for her, the answer naming her and the hand-over.
staff-centers-btn = ✎ Centers: { $name }
staff-centers-ask = Where { $name } works: tick the centers and press "Done".
staff-centers-done = Done. Where { $name } works: { $centers }.
staff-centers-handed = { $count ->
        [1] Group handed over:
       *[other] Groups handed over:
    }
# Unticking centers where she runs open groups (W28-15): her name, not "her", and one group or many.
staff-centers-untick-ask = { $name } will no longer work here: { $centers }. Open groups { $name } runs there: { $count }. { $count ->
        [1] Who should take it?
       *[other] Who should take them?
    } You can choose a librarian of this center, or yourself.

# Under the card of one's own center, typed "where is the library?" (walk31 W31-16).
other-centers = Other centers
