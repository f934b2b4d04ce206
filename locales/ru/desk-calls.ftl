## task28 fix28i: the desk and the call lists (walk28 W28-20, W28-10, W28-11, W28-12).

# /find: a person in a group (scenes/desk/give-up-seat.ts, src/domain/desk-release.ts).
desk-find-release = 🚪 Отказаться от места: { $course }
desk-release-confirm = Освободить место в группе? { $name }, курс «{ $course }». Место сразу предложат следующему в очереди. Что дальше с человеком?
desk-release-wait = ↩ Вернуть в очередь на прежнее место
desk-release-leave = 🚪 Вывести из очереди на этот курс
desk-release-done =
    Готово. { $name } больше не в группе «{ $course }». { $leave ->
        [yes] В очереди на этот курс человека больше нет.
       *[no] Человек снова в очереди на прежнем месте.
    } Место освобождено для следующего в очереди.
    { $telegram ->
        [yes] Человеку отправлено сообщение в Телеграм.
       *[no] У человека нет Телеграма: ему ничего не придёт.
    }
desk-release-gone = Этот человек уже не в группе, или занятий в ней больше не будет. Ничего не меняли.
desk-release-not-yours = Эта группа в центре, который вы не ведёте. Ничего не меняли.
# To the person with Telegram whose seat staff gave back.
desk-release-notice = Ваше место в группе «{ $course }» освобождено: так отметили в библиотеке по вашей просьбе. { $leave ->
        [yes] Вы больше не в очереди на этот курс.
       *[no] Вы снова в очереди на прежнем месте.
    } Если это ошибка, позвоните в библиотеку.

# A call list (menu cz, src/bot/features/calls/change-calls.ts): a ticked line says who and when (walk28 W28-10).
calls-list-hint-untick = Позвонили — нажмите на имя; ещё раз — снять отметку.
calls-untick-other = Снята отметка коллеги: { $tick }. Если звонок был, нажмите на человека ещё раз.

# Under the put-in call list's title (walk28 W28-11): what to tell them on the phone.
calls-putin-first = Скажите: первое занятие { $when }, { $room }, { $address }.

# /add when the group has a free seat for the person just registered (walk28 W28-12): the call card follows.
desk-add-done-seat = Записали: «{ $course }», { $center }. Для человека уже есть место в группе: спросите его сейчас, пока он здесь, и отметьте ответ на карточке ниже.
