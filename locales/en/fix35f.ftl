## fix35f (session 35): a request to move to a group at another time of day can be acted on (src/domain/group-time-wish.ts)

# scenes/waitlist/change-group-time.ts: her earlier request is said under the time question, and she may take it back.
fix35f-wish-said = You have already asked to move to the { group-at-time-said } group.
fix35f-wish-drop = ✖ Don't move me, I stay in my group
fix35f-wish-dropped = All right, your request is cancelled. You keep your seat in your group.
# To her: she was moved, by the library or by a seat freed at the time she asked for (offerVars give the place).
fix35f-moved-told =
    { $by ->
        [library] The library has moved you
       *[wish] As you asked, you have been moved
    } to the { group-at-time-said } group of "{ $course }". First lesson: { $firstToday ->
        [yes] today at { $firstTime }
       *[no] { $first }
    }.
    Where: { $center }, { $address }, { $room }
    Please do not come to your old group any more: the seat there is no longer yours.
# «➕ Add a person» of a group's card: people of another group of the course who asked for this group's time.
fix35f-putin-wisher = 🔁 { $name } (now in the { $from ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    } group)
fix35f-putin-wishers = 🔁 — this person is in another group of this course and asks to move to a group at this time.
fix35f-putin-move-confirm = Move { $name } to the “{ $short }” group? Their first lesson: { $start }. They are now in the { $from ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    } group of this course; that seat will { $seat ->
        [next] be offered to the next person in line.
       *[free] be free.
    }
fix35f-putin-move-yes = ✅ Move
fix35f-putin-moved = Done: moved to this group: { $name }.
fix35f-putin-move-gone = This person is no longer in that group or no longer asks to move. Nobody was moved.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as fix31i-partner-seat-given-up: one of
# their people said no to an offered seat, or left the waiting list.
fix35f-partner-declined = 📌 { $name } declined the seat offered in the “{ $course }” group and { $leave ->
        [yes] left the waiting list.
       *[no] stays on the waiting list.
    }
fix35f-partner-left = 📌 { $name } left the waiting list for “{ $course }”.
