# Helper fix31i, round 31.

# "Give up your seat?" when the group takes nobody new any more (walk31 W31-15): nobody will be offered the seat.
release-confirm-stays = Give up your seat in the group for "{ $course }"? The group takes no new people now, so the seat will stay empty.

# To a partner's representatives: one of their people gave up a seat (walk31 W31-15).
partner-seat-given-up = 📌 { $name } gave up the seat in the “{ $course }” group and { $leave ->
        [yes] left the waiting list.
       *[no] stays on the waiting list.
    }{ $closed ->
        [yes] { " " }The group no longer takes newcomers. You can ask for a new group with /request.
       *[no] {""}
    }

## fix39b (walk38 L7): "Give up the seat?" when people wait for the course but none of them can take this seat now
## (each declined this group before, or is out of reach): "nobody is waiting" would not be true.

release-confirm-none-can-take = Give up your seat in the "{ $course }" group? Nobody in line can take it now: the seat will stay free for the time being.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as partner-declined (walk38 L4): one of
# their people took the seat offered (in Telegram, or on the phone to the library).
partner-seat-taken = 📌 { $name } took the seat in the “{ $course }” group.
