## fixO (session 21): offers, reminders, partners

# An alert (at most 200 characters): a class reminder answered after the lesson began (walk s21 W21-20).
rem-late-answer = Занятие { $when } уже началось, отвечать на напоминание поздно.{ $inGroup ->
        [yes] {" "}Вы по-прежнему в группе.
       *[no] {""}
    } Опаздываете или не смогли прийти — позвоните в библиотеку: { $phone }.

# A representative's /add: a seat of a library's group was offered to the person at once (walk s21 W21-22).
prt-add-seat-offered =
    Очередь уже подошла: для этого человека есть место в группе. { $center }, { $address }, { $room }.
    Занятия: { lessons-said }
    Место держим до { $until }. Библиотека позвонит по записанному телефону. Если человек рядом с вами, он может позвонить в библиотеку сам: { $phone }.

# /referrals: an offer the librarians are phoning about (walk s21 W21-23).
prt-ref-offered-phone = Предложено место: { $center }, ответ до { $until }. { $telegram ->
        [yes] Бот не может написать человеку, библиотека звонит по телефону
       *[no] Телеграма нет, библиотека звонит по телефону
    }{ $noAnswer ->
        [0] .
       *[other] {""}: не дозвонились { $noAnswer } { $noAnswer ->
            [one] раз
            [few] раза
           *[many] раз
        }. Помогите связаться с человеком.
    } Телефон библиотеки: { $phone }.

# /broadcast: the text with the line saying who writes must fit one message (probe s21 L8).
adm-bc-too-long-chars = Слишком длинно: вместе со строкой, кто пишет, в одно сообщение входит не больше { $max } знаков текста. Сократите, пожалуйста.
