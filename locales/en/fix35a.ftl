## fix35a (session 35): someone in a group asks for a group at another time of day (walk34 W34-08)

# "✎ Time or phone" for someone only in a group (scenes/waitlist/change-details.ts), and its button for a seat.
fix35a-details-what = What do you want to change?
fix35a-details-group = 🔁 A group at another time
# scenes/waitlist/change-group-time.ts: which group, then the time she wants instead of the group's own.
fix35a-which-group = You are in several groups. Which one do you need at another time?
fix35a-time-ask = The "{ $course }" group meets { $now ->
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
fix35a-group-found = The { group-at-time-said } group of "{ $course }" has a free seat. Lessons: { lessons-said }

    Move to this group? Your seat in your current group { $seat ->
        [next] will go to the next person in line.
       *[free] will be free.
    }
fix35a-move-yes = ✅ Move
fix35a-moved = Done: you are in the { group-at-time-said } group of "{ $course }". First lesson: { $when }, { $room }. Your seat in the old group { $seat ->
        [next] went to the next person in line.
       *[free] is free now.
    }
fix35a-move-full = Someone has just taken that seat. You keep your seat in your current group. Please try again later.
# No group at that time with a free seat: she keeps her seat and may ask the librarians.
fix35a-no-group = There is no { group-at-time-said } group of "{ $course }" with a free seat now. You keep your seat in your current group. You can ask the librarian to move you when a seat is free.
fix35a-ask-librarian = 📨 Ask the librarian
fix35a-asked = Done: the librarians have your request. Until then, keep coming to your group: the seat is yours. When a seat in the { group-at-time-said } group is free, you will be moved and told, unless someone in line who signed up before you is waiting for it. Changed your mind? Press “🔁 A group at another time” again.

# To the librarians (src/domain/group-time-notices.ts). A request: no free seat in a group at the time she asked for.
fix35a-move-request = 📌 { $name } from the “{ $course }” group ({ $from ->
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
fix35a-group-moved = 📌 { $name } moved from the “{ $course }” group ({ $from ->
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
