## fix36c (session 36): open requests to move to a group at another time of day, in /calls (src/bot/features/calls/move-wishes.ts)

fix36c-calls-wishes = 🔁 Asking to move to a group at another time:
# One request: who, the course, the time of her group now and the time she asked for, since when.
fix36c-calls-wish = • { $name }, { $course }: now in the { $from ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    } group, asks for the { $to ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    }{ $since ->
        [none] {""}
        [today] , since today
        [yesterday] , since yesterday
       *[other] , since { $since }
    }{ $seat ->
        [yes] . A seat is free
       *[no] {""}
    }
fix36c-calls-wishes-more = And { $count } more { $count ->
        [one] request
       *[other] requests
    }: see “➕ Add a person” of the groups at those times.
fix36c-calls-wishes-hint = { $buttons ->
        [yes] Where a seat is free, move the person with the button below. Where none is, the bot moves them itself once one is free, if they signed up for the course before everyone in line.
       *[no] The bot moves them itself once a seat is free, if they signed up for the course before everyone in line.
    }
fix36c-calls-wish-btn = 🔁 Move: { $name }
