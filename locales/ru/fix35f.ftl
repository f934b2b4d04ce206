## fix35f (session 35): a request to move to a group at another time of day can be acted on (src/domain/group-time-wish.ts)

# scenes/waitlist/change-group-time.ts: her earlier request is said under the time question, and she may take it back.
fix35f-wish-said = Вы уже просили перевести вас в { $to ->
        [morning] утреннюю
        [afternoon] дневную
       *[evening] вечернюю
    } группу.
fix35f-wish-drop = ✖ Не переводить, остаюсь в своей группе
fix35f-wish-dropped = Хорошо, просьбу отменили. Ваше место в группе остаётся за вами.
# To her: she was moved, by the library or by a seat freed at the time she asked for (offerVars give the place).
fix35f-moved-told =
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
fix35f-putin-wisher = 🔁 { $name } (сейчас в группе { $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    })
fix35f-putin-wishers = 🔁 — этот человек занимается на этом курсе в другой группе и просит перевести в группу в это время.
fix35f-putin-move-confirm = Перевести в группу «{ $short }»: { $name }? Первое занятие для этого человека — { $start }. Сейчас этот человек в группе этого курса { $from ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }, место там { $seat ->
        [next] предложат следующему в очереди.
       *[free] освободится.
    }
fix35f-putin-move-yes = ✅ Перевести
fix35f-putin-moved = Готово: перевели в эту группу: { $name }.
fix35f-putin-move-gone = Этот человек уже не в той группе или больше не просит перевести. Никого не перевели.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as fix31i-partner-seat-given-up: one of
# their people said no to an offered seat, or left the waiting list.
fix35f-partner-declined = 📌 { $name } отказывается от предложенного места в группе «{ $course }» и { $leave ->
        [yes] выходит из очереди.
       *[no] остаётся в очереди.
    }
fix35f-partner-left = 📌 { $name } выходит из очереди на курс «{ $course }».
