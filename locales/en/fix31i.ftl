# Helper fix31i, round 31.

# "Give up your seat?" when the group takes nobody new any more (walk31 W31-15): nobody will be offered the seat.
fix31i-release-confirm-stays = Give up your seat in the group for "{ $course }"? The group takes no new people now, so the seat will stay empty.

# To a partner's representatives: one of their people gave up a seat (walk31 W31-15).
fix31i-partner-seat-given-up = 📌 { $name } gave up the seat in the “{ $course }” group and { $leave ->
        [yes] left the waiting list.
       *[no] stays on the waiting list.
    }{ $closed ->
        [yes] { " " }The group no longer takes newcomers. You can ask for a new group with /request.
       *[no] {""}
    }
