## fix35a (session 35): someone in a group asks for a group at another time of day (walk34 W34-08)

# "✎ Время или телефон" for someone only in a group (scenes/waitlist/change-details.ts), and its button for a seat.
details-what-change = Что изменить?
details-btn-group-time = 🔁 Группа в другое время
# scenes/waitlist/change-group-time.ts: which group, then the time she wants instead of the group's own.
group-time-which-group = Вы в нескольких группах. В какой из них нужно другое время?
group-time-ask = Группа курса «{ $course }» занимается { $now ->
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
group-time-found = В { group-at-time-said } группе курса «{ $course }» есть свободное место. Занятия: { lessons-said }

    Перейти в эту группу? Ваше место в нынешней группе { $seat ->
        [next] отдадут следующему в очереди.
       *[free] освободится.
    }
group-time-move-yes = ✅ Перейти
group-time-moved = Готово: вы в { group-at-time-said } группе курса «{ $course }». Первое занятие: { $when }, { $room }. Место в прежней группе { $seat ->
        [next] отдали следующему в очереди.
       *[free] освободилось.
    }
group-time-move-full = Это место только что заняли. Ваше место в прежней группе остаётся за вами. Попробуйте ещё раз позже.
# No group at that time with a free seat: she keeps her seat and may ask the librarians.
group-time-none = На курсе «{ $course }» сейчас нет { group-at-time-said } группы со свободным местом. Ваше место в нынешней группе остаётся за вами. Можно попросить библиотекаря перевести вас, когда место появится.
group-time-ask-librarian = 📨 Попросить библиотекаря
group-time-asked = Готово: библиотекари получили вашу просьбу. Пока ходите в свою группу, место за вами. Освободится место в { group-at-time-said } группе — вас переведут и напишут, если раньше вас на курс не записался тот, кто ждёт это место. Передумаете — снова нажмите «🔁 Группа в другое время».

# To the librarians (src/domain/group-time-notices.ts). A request: no free seat in a group at the time she asked for.
group-time-move-request = 📌 { $name } из группы «{ $course }» ({ $from ->
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
group-time-moved-notice = 📌 { $name }: переход из группы «{ $course }» ({ $from ->
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

## fix35f (session 35): a request to move to a group at another time of day can be acted on (src/domain/group-time-wish.ts)

# scenes/waitlist/change-group-time.ts: her earlier request is said under the time question, and she may take it back.
wish-said = Вы уже просили перевести вас в { $to ->
        [morning] утреннюю
        [afternoon] дневную
       *[evening] вечернюю
    } группу.
wish-drop = ✖ Не переводить, остаюсь в своей группе
wish-dropped = Хорошо, просьбу отменили. Ваше место в группе остаётся за вами.
# To her: she was moved, by the library or by a seat freed at the time she asked for (offerVars give the place).
moved-told =
    { $by ->
        [library] Библиотека перевела вас
       *[wish] Как вы просили, вас перевели
    } в { $to ->
        [morning] утреннюю
        [afternoon] дневную
       *[evening] вечернюю
    } группу курса «{ $course }». Первое занятие — { $firstToday ->
        [yes] сегодня в { $firstTime }
       *[no] { $first }
    }.
    Где: { $center }, { $address }, { $room }
    В прежнюю группу больше не приходите: место там уже не ваше.
# «➕ Записать человека» of a group's card: people of another group of the course who asked for this group's time.
putin-wisher = 🔁 { $name } (сейчас в группе { $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    })
putin-wishers = 🔁 — этот человек занимается на этом курсе в другой группе и просит перевести в группу в это время.
putin-move-confirm = Перевести в группу «{ $short }»: { $name }? Первое занятие для этого человека — { $start }. Сейчас этот человек в группе этого курса { $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }, место там { $seat ->
        [next] предложат следующему в очереди.
       *[free] освободится.
    }
putin-move-yes = ✅ Перевести
putin-moved = Готово: перевели в эту группу: { $name }.
putin-move-gone = Этот человек уже не в той группе или больше не просит перевести. Никого не перевели.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as partner-seat-given-up: one of
# their people said no to an offered seat, or left the waiting list.
partner-declined = 📌 { $name } отказывается от предложенного места в группе «{ $course }» и { $leave ->
        [yes] выходит из очереди.
       *[no] остаётся в очереди.
    }
partner-left = 📌 { $name } выходит из очереди на курс «{ $course }».
