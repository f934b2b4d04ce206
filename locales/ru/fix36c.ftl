## fix36c (session 36): open requests to move to a group at another time of day, in /calls (src/bot/features/calls/move-wishes.ts)

fix36c-calls-wishes = 🔁 Просят перевести в группу в другое время:
# One request: who, the course, the time of her group now and the time she asked for, since when.
fix36c-calls-wish = • { $name }, { $course }: сейчас { $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }, просит { $to ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }{ $since ->
        [none] {""}
        [today] , с сегодняшнего дня
        [yesterday] , со вчерашнего дня
       *[other] , с { $since }
    }{ $seat ->
        [yes] . Есть свободное место
       *[no] {""}
    }
fix36c-calls-wishes-more = И ещё { $count } { $count ->
        [one] просьба
        [few] просьбы
       *[many] просьб
    }: они в «➕ Записать человека» групп в нужное время.
fix36c-calls-wishes-hint = { $buttons ->
        [yes] Где есть свободное место, перевести можно кнопкой ниже. Где места нет, бот переведёт сам, когда оно освободится, если этот человек записался на курс раньше всех в очереди.
       *[no] Бот переведёт сам, когда место освободится, если этот человек записался на курс раньше всех в очереди.
    }
fix36c-calls-wish-btn = 🔁 Перевести: { $name }
