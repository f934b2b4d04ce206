## fix35a (session 35): someone in a group asks for a group at another time of day (walk34 W34-08)

# "✎ Время или телефон" for someone only in a group (scenes/waitlist/change-details.ts), and its button for a seat.
fix35a-details-what = Что изменить?
fix35a-details-group = 🔁 Группа в другое время
# scenes/waitlist/change-group-time.ts: which group, then the time she wants instead of the group's own.
fix35a-which-group = Вы в нескольких группах. В какой из них нужно другое время?
fix35a-time-ask = Группа курса «{ $course }» занимается { $now ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }. Когда вам удобнее?
group-at-time-said = { $to ->
        [morning] утренней
        [afternoon] дневной
       *[evening] вечерней
    }
# A group at that time has a free seat: one tap moves her (offerVars give the lessons).
fix35a-group-found = В { group-at-time-said } группе курса «{ $course }» есть свободное место. Занятия: { lessons-said }

    Перейти в эту группу? Ваше место в нынешней группе { $seat ->
        [next] отдадут следующему в очереди.
       *[free] освободится.
    }
fix35a-move-yes = ✅ Перейти
fix35a-moved = Готово: вы в { group-at-time-said } группе курса «{ $course }». Первое занятие: { $when }, { $room }. Место в прежней группе { $seat ->
        [next] отдали следующему в очереди.
       *[free] освободилось.
    }
fix35a-move-full = Это место только что заняли. Ваше место в прежней группе остаётся за вами. Попробуйте ещё раз позже.
# No group at that time with a free seat: she keeps her seat and may ask the librarians.
fix35a-no-group = На курсе «{ $course }» сейчас нет { group-at-time-said } группы со свободным местом. Ваше место в нынешней группе остаётся за вами. Можно попросить библиотекаря перевести вас, когда место появится.
fix35a-ask-librarian = 📨 Попросить библиотекаря
fix35a-asked = Готово: библиотекари получили вашу просьбу. Пока ходите в свою группу, место за вами. Освободится место в { group-at-time-said } группе — вас переведут и напишут, если раньше вас на курс не записался тот, кто ждёт это место. Передумаете — снова нажмите «🔁 Группа в другое время».

# To the librarians (src/domain/group-time-notices.ts). A request: no free seat in a group at the time she asked for.
fix35a-move-request = 📌 { $name } из группы «{ $course }» ({ $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }) просит перевести в группу { $to ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }. Самому перейти сейчас некуда, поэтому место в нынешней группе пока за этим человеком. Освободится место — бот переведёт сам, если этот человек записался на курс раньше всех в очереди. Или переведите сами: /classes → группа → «➕ Записать человека». { $phone ->
        [none] Телефона нет, ответьте в Телеграме.
       *[other] Телефон: { $phone }.
    }
# She moved herself into a group with a free seat; both groups' librarians hear it, and what became of the old seat.
# $untold (fix38q): the bot moved her and cannot write to her (no Telegram, or blocked): call her.
fix35a-group-moved = 📌 { $name }: переход из группы «{ $course }» ({ $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }) в группу { $to ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }, первое занятие там: { $start }. { $next ->
        [offered] Место в прежней группе предложено следующему в очереди: { $others }.
        [closed] Место в прежней группе свободно: группа уже не принимает новых людей.
       *[none] Место в прежней группе свободно: в очереди нет никого, кому его предложить.
    }{ $untold ->
        [phone] {" "}Этому человеку бот сообщить не смог: Телеграма нет или бот заблокирован. Позвоните: { $call }.
        [none] {" "}Этому человеку бот сообщить не смог: Телеграма нет или бот заблокирован. Телефона в записи нет: предупредите при встрече.
       *[no] {""}
    }
