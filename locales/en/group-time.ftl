## fix35a (session 35): someone in a group asks for a group at another time of day (walk34 W34-08)

# "✎ Time or phone" for someone only in a group (scenes/waitlist/change-details.ts), and its button for a seat.
details-what-change = What do you want to change?
details-btn-group-time = 🔁 A group at another time
# scenes/waitlist/change-group-time.ts: which group, then the time she wants instead of the group's own.
group-time-which-group = You are in several groups. Which one do you need at another time?
group-time-ask = The "{ $course }" group meets { $now ->
        [morning] in the morning
        [afternoon] in the afternoon
       *[evening] in the evening
    }. When would suit you better?
group-at-time-said = { $to ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    }
# A group at that time has a free seat: one tap moves her (offerVars give the lessons).
group-time-found = The { group-at-time-said } group of "{ $course }" has a free seat. Lessons: { lessons-said }

    Move to this group? Your seat in your current group { $seat ->
        [next] will go to the next person in line.
       *[free] will be free.
    }
group-time-move-yes = ✅ Move
group-time-moved = Done: you are in the { group-at-time-said } group of "{ $course }". First lesson: { $when }, { $room }. Your seat in the old group { $seat ->
        [next] went to the next person in line.
       *[free] is free now.
    }
group-time-move-full = Someone has just taken that seat. You keep your seat in your current group. Please try again later.
# No group at that time with a free seat: she keeps her seat and may ask the librarians.
group-time-none = There is no { group-at-time-said } group of "{ $course }" with a free seat now. You keep your seat in your current group. You can ask the librarian to move you when a seat is free.
group-time-ask-librarian = 📨 Ask the librarian
group-time-asked = Done: the librarians have your request. Until then, keep coming to your group: the seat is yours. When a seat in the { group-at-time-said } group is free, you will be moved and told, unless someone in line who signed up before you is waiting for it. Changed your mind? Press “🔁 A group at another time” again.

# To the librarians (src/domain/group-time-notices.ts). A request: no free seat in a group at the time she asked for.
group-time-move-request = 📌 { $name } from the “{ $course }” group ({ $from ->
        [morning] mornings
        [afternoon] afternoons
       *[evening] evenings
    }) asks to move to a group { $to ->
        [morning] in the morning
        [afternoon] in the afternoon
       *[evening] in the evening
    }. There is no group they can move to themselves now, so they keep their current seat. When a seat is free, the bot moves them itself if they signed up for the course before everyone in line. Or move them yourself: /classes → the group → “➕ Add a person”. { $phone ->
        [none] No phone: answer in Telegram.
       *[other] Phone: { $phone }.
    }
# She moved herself into a group with a free seat; both groups' librarians hear it, and what became of the old seat.
# $untold (fix38q): the bot moved her and cannot write to her (no Telegram, or blocked): call her.
group-time-moved-notice = 📌 { $name } moved from the “{ $course }” group ({ $from ->
        [morning] mornings
        [afternoon] afternoons
       *[evening] evenings
    }) to the group { $to ->
        [morning] in the morning
        [afternoon] in the afternoon
       *[evening] in the evening
    }, first lesson there: { $start }. { $next ->
        [offered] The old seat was offered to the next person in line: { $others }.
        [closed] The old seat is free: that group no longer takes newcomers.
       *[none] The old seat is free: there is nobody in line to offer it to.
    }{ $untold ->
        [phone] {" "}The bot could not tell this person: no Telegram, or the bot is blocked. Call: { $call }.
        [none] {" "}The bot could not tell this person: no Telegram, or the bot is blocked. The record has no phone: tell them when you see them.
       *[no] {""}
    }

## fix35f (session 35): a request to move to a group at another time of day can be acted on (src/domain/group-time-wish.ts)

# scenes/waitlist/change-group-time.ts: her earlier request is said under the time question, and she may take it back.
wish-said = You have already asked to move to the { group-at-time-said } group.
wish-drop = ✖ Don't move me, I stay in my group
wish-dropped = All right, your request is cancelled. You keep your seat in your group.
# To her: she was moved, by the library or by a seat freed at the time she asked for (offerVars give the place).
moved-told =
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
putin-wisher = 🔁 { $name } (now in the { $from ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    } group)
putin-wishers = 🔁 — this person is in another group of this course and asks to move to a group at this time.
putin-move-confirm = Move { $name } to the “{ $short }” group? Their first lesson: { $start }. They are now in the { $from ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    } group of this course; that seat will { $seat ->
        [next] be offered to the next person in line.
       *[free] be free.
    }
putin-move-yes = ✅ Move
putin-moved = Done: moved to this group: { $name }.
putin-move-gone = This person is no longer in that group or no longer asks to move. Nobody was moved.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as partner-seat-given-up: one of
# their people said no to an offered seat, or left the waiting list.
partner-declined = 📌 { $name } declined the seat offered in the “{ $course }” group and { $leave ->
        [yes] left the waiting list.
       *[no] stays on the waiting list.
    }
partner-left = 📌 { $name } left the waiting list for “{ $course }”.
