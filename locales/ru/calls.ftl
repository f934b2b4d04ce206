## Calls: call tasks and call lists for people without Telegram

command-calls = Кому позвонить: бот не может им написать
calls-task =
    📞 Позвоните: для человека без Телеграма есть место в группе.
    { $name }, { $phone }
    { $course }: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until } (местное время).{ calls-partner-calls }
calls-btn-accepted = ✓ Согласие есть, записать
calls-btn-declined = ✗ Отказ, не записывать
calls-btn-no-answer = Не дозвонились
calls-btn-keep = Оставить в очереди
calls-btn-leave = Убрать из очереди
calls-decline-ask = Человек отказался. Оставить его в очереди на этот курс?
calls-status =
    { $status ->
        [accepted] ✅ Человек записан в группу.
        [declined] ✗ Отказ: место освободилось для следующего в очереди.
        [expired] ⌛ Время ответа вышло: место освободилось для следующего в очереди.
        [released] Предложение отменено: группа изменилась.
       *[cancelled] Человек подключил Телеграм: предложение пришло ему туда.
    }
calls-answered-by = Ответ отмечен: { $by }, { $at }.
calls-taken = На этот звонок уже ответили: { $by }.
calls-taken-nobody = На этот звонок отвечать уже не нужно.
calls-no-answer-noted =
    Отмечено: не дозвонились ({ $count ->
        [one] { $count } раз
        [few] { $count } раза
       *[many] { $count } раз
    }). Место держим до конца срока, позвоните ещё раз.
calls-expired = Время ответа вышло: место освободилось для следующего в очереди.
calls-task-gone = Этого звонка больше нет.
calls-list =
    📞 Завтра, { $date }, занятия у людей без Телеграма. Позвоните и напомните ({ $count ->
        [one] { $count } звонок
        [few] { $count } звонка
       *[many] { $count } звонков
    }):
    { $list }{ $more ->
        [0] {""}
       *[other] {"\u000A"}…и ещё { $more }: команда /calls
    }
calls-list-mark = Отметить звонки
calls-list-title = 📞 Звонки перед занятиями { $date }: сделано { $done } из { $count }.
calls-list-empty = 📞 Звонки перед занятиями { $date }: звонить некому.
calls-list-hint = Позвонили — нажмите на человека: рядом появится «позвонили». Ещё раз — снять отметку.
calls-list-back = ⬅ Все звонки
calls-title = 📞 Кому позвонить: бот не может им написать
calls-open-none = Предложений мест, на которые ждут ответа, нет.
calls-open-count =
    Ждут ответа: { $count ->
        [one] { $count } предложение места
        [few] { $count } предложения места
       *[many] { $count } предложений места
    }.
calls-task-line = • { $name }, { $phone }: { $course }, место до { $until }{ $noAnswers ->
        [0] {""}
       *[other] , не дозвонились: { $noAnswers }
    }
calls-btn-answer = Ответить: { $name }
calls-btn-today = Сегодня ({ $date }): { $done } из { $count }
calls-btn-tomorrow = Завтра ({ $date }): { $done } из { $count }

## Linking Telegram: a person registered at the library opens the bot

link-start-button = 📋 Меня уже записали в библиотеке
link-share-ask = Чтобы найти вашу запись, нажмите кнопку «Отправить мой номер» внизу экрана. Набирать номер не нужно.
link-share-button = 📱 Отправить мой номер
link-not-own = Это чужой номер. Нажмите кнопку «Отправить мой номер»: так Телеграм отправит ваш собственный.
link-typed-phone = Набранный номер не подходит: нужно убедиться, что номер ваш. Нажмите кнопку «Отправить мой номер» внизу экрана.
link-not-found = Мы не нашли записи с вашим номером. Если вас записывали в библиотеке, позвоните в центр: { $phone }. Записаться можно и здесь: кнопка «Записаться на курс».
link-found-intro = Мы нашли запись:
# Without «Вы»: the record may be a relative's, and he has not said yet whose it is (walk40 L7).
link-found-entry =
    { $status ->
        [waiting] • В очереди на курс «{ $course }» в центре { $center } с { $since }, место { $position }.
        [offered] • Предложено место на курсе «{ $course }» в центре { $center } (в очереди с { $since }).
       *[enrolled] • Записаны в группу курса «{ $course }» в центре { $center }.
    }
link-found-ask = Это вы или ваш родственник, чьи сообщения вы будете читать?
link-btn-yes = Да, это я
link-btn-no = Нет, это чужая запись
link-done = Готово! Теперь сообщения о курсе будут приходить сюда, в Телеграм. Ваше место в очереди сохранено.
link-not-me = Хорошо, мы ничего не меняли. Если есть вопросы, позвоните: { $phone }.
link-gone = Эта запись уже подключена или удалена. Если есть вопросы, позвоните: { $phone }.
link-on-list = Вы уже в очереди через Телеграм. Чтобы объединить записи, позвоните в центр: { $phone }.

## Schedule changes for people without Telegram (staff)

calls-change-move-lesson =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Занятие перенесено: { $course }, было { $old }, теперь { $new }.
calls-change-shift-group =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Расписание группы изменилось: { $course }, занятия теперь { lessons-said }.
calls-change-cancel-lesson =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Занятие отменено: { $course }, { $when }. Остальные занятия идут по расписанию.
calls-change-cancel-last-lesson =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Занятие отменено: { $course }, { $when }. Это было последнее занятие группы: курс окончен.
calls-change-cancel-group =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Группа отменена: { $course }, { $center }. Человек снова в очереди на прежнем месте.

# A notice about a person (a call card, "can't come") edited in the librarian's chat once the person is forgotten (src/outbox/forget.ts).
outbox-notice-forgotten = Сообщение удалено: человек попросил удалить свои данные.
# The same for a daily call list that named the person (it names others too: they are in /calls).
outbox-list-forgotten = Список звонков изменился: человек из него попросил удалить свои данные. Актуальный список — /calls.

# A broadcast's people without Telegram are calls to make (walk s20 #29, src/domain/call-digests.ts).
calls-btn-who-to-call = 📞 Кому позвонить
calls-digest-broadcast =
    { $mix ->
        [both] { calls-digest-whom }. Что передать:
        [told] { calls-digest-whom }. Что передать:
       *[calls] 📞 Позвоните { calls-digest-who } и передайте сообщение рассылки:
    }
    «{ $text }»
    { calls-digest-list }
calls-broadcast-list-title =
    📞 Позвоните и передайте сообщение рассылки ({ $done } из { $count }):
    «{ $text }»
# People without Telegram waiting at a center that was hidden: calls for its librarians (walk s20 #46, src/domain/call-digests.ts).
calls-digest-closure =
    { calls-digest-whom }: центр { $reopens ->
        [yes] не принимает записи примерно до { $date }
       *[other] пока не принимает записи
    } ({ $center }). Предложите другой центр (место в очереди сохранится), подождать или выход из очереди.
calls-closure-list-title =
    📞 Центр пока не принимает записи ({ $center }). Позвоните и предложите другой центр, подождать или выход из очереди ({ $done } из { $count }):
# The same center takes people again: those phoned about its closing are phoned the good news (walk s21 #15).
calls-digest-reopen =
    { calls-digest-whom }: центр снова принимает записи ({ $center }). Скажите, что место в очереди сохранилось и ничего делать не нужно.
calls-reopen-list-title =
    📞 Центр снова принимает записи ({ $center }). Позвоните и скажите, что место в очереди сохранилось ({ $done } из { $count }):

## fix35b (walk34 W34-17): one owner of the call for a partner's person without Telegram. With a phone to dial, the
## library calls (its call card); with none, the partner, who is written to, tells her. The other is told, not asked.

# The end of the librarians' call card (calls-task, calls-task-begun and their -blocked) for a partner's person.
calls-partner-calls = { $referred ->
        [yes] {" "}Человека направила организация «{ $partner }»: звоните вы, организация этому человеку не звонит.
       *[no] {""}
    }
# The end of the librarians' card for a partner's person with no phone (no-phone-task, no-phone-task-begun).
calls-partner-tells = { $referred ->
        [yes] {" "}Человека направила организация «{ $partner }»: ей уже написали, она сама скажет человеку о месте.
       *[no] {""}
    }

# /groups: one of the partner's people a seat of this group is held for, whom the library is calling (a phone to dial).
fill-add-called = ➕ { $name } (место ждёт, библиотека звонит)

## fix36c (session 36): open requests to move to a group at another time of day, in /calls (src/bot/features/calls/move-wishes.ts)

calls-wishes = 🔁 Просят перевести в группу в другое время:
# One request: who, the course, the time of her group now and the time she asked for, since when.
calls-wish = • { $name }, { $course }: сейчас { $from ->
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
calls-wishes-more = И ещё { $count } { $count ->
        [one] просьба
        [few] просьбы
       *[many] просьб
    }: они в «➕ Записать человека» групп в нужное время.
calls-wishes-hint = { $buttons ->
        [yes] Где есть свободное место, перевести можно кнопкой ниже. Где места нет, бот переведёт сам, когда оно освободится, если этот человек записался на курс раньше всех в очереди.
       *[no] Бот переведёт сам, когда место освободится, если этот человек записался на курс раньше всех в очереди.
    }
calls-wish-btn = 🔁 Перевести: { $name }

## fix38c (session 38)

# To a partner's representatives: seats offered together (one group, one round) to several of their people with a phone
# but no Telegram; the library phones them. One person: partner-offer-called. src/domain/partners/no-phone-offers.ts.
# $names: one short name a line («Звонарёва Л.»); $more: how many more were offered, not named here.
partner-offers-called =
    Вашим людям предложили места в группе: «{ $course }», { $center }. Библиотека звонит им по телефону, ответ нужен до { $until }. Вам ничего делать не нужно.
    { $names }{ $more ->
        [0] {""}
       *[other] {"\u000A"}И ещё { $more } { $more ->
            [one] человек
            [few] человека
           *[many] человек
        }: все имена — в /referrals.
    }

# /calls and a day's call list: people put in a group on the lesson's own day, told of it then at the desk or on the
# phone, so no call before it (walk36 L11): named while few, else counted. src/bot/features/calls/day-lines.ts.
calls-told-that-day = Записаны в группу в день занятия и узнали о нём при записи. Звонить не нужно: { no-phone-remind-who }.
