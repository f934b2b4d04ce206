# /staff, revoking a librarian and the leftovers of handing her groups over (fix28k): src/bot/features/classes/staff.ts,
# src/domain/staff-centers.ts, scenes/classes/add-staff.ts.
# To her, revoked from all her centers: where she no longer works, and who runs her groups now.
staff-revoke-you = You are no longer a librarian of Tvoy Kurs: { $centers }.
staff-revoke-your-groups = { $count ->
        [1] Your group was handed over:
       *[other] Your groups were handed over:
    }
# Her screens naming people of her centers, closed: nothing to open again.
staff-revoke-view-closed = List closed: you are no longer a librarian.
# The revoke screen's "Give the groups to someone else".
staff-revoke-handover-ask = Open groups { $name } runs: { $count }. { $count ->
        [1] Who should take it?
       *[other] Who should take them?
    } You can choose a librarian of the same centers, or yourself.
# To the one who got her groups from the repair job (a count, no list).
staff-revoke-groups-given = { $count ->
        [1] { $name } no longer runs a group at your center; you run it now.
       *[other] { $name } no longer runs { $count } groups at your center; you run them now.
    } Groups are in /classes, calls in /calls.
# Unticking with nobody else at those centers: said once, the groups listed after it.
staff-revoke-untick-none = No other librarian works here: { $centers }. { $count ->
        [1] You get the open group { $name } runs there:
       *[other] You get the open groups { $name } runs there:
    }
# The one chosen lost the center meanwhile and nobody else is left (walk28 W28-27).
staff-revoke-lost-none = { $name } no longer works here, and no other librarian does: { $count ->
        [1] you get the group:
       *[other] you get the groups:
    }
staff-revoke-lost-none-unnamed = The one you chose no longer works here, and no other librarian does: { $count ->
        [1] you get the group:
       *[other] you get the groups:
    }
