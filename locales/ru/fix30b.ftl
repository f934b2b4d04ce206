# Helper fix30b, round 30.

# /newclass: a first lesson that looks like a slip (walk29 W29-22). $when: «сегодня в 07:50»; $reasons: «через 2 часа, до открытия центра (10:00)».
fix30b-first-check = Первое занятие { $when } — { $reasons }. Верно?
fix30b-first-today = сегодня в { $time }
fix30b-first-day = { $date } в { $time }
fix30b-first-in-hours = через { $hours } { $hours ->
    [one] час
    [few] часа
   *[many] часов
    }
fix30b-first-in-minutes = через { $minutes } { $minutes ->
    [one] минуту
    [few] минуты
   *[many] минут
    }
fix30b-first-before-opening = до открытия центра ({ $opens })
fix30b-first-yes = Да, верно
fix30b-first-change = Изменить
fix30b-first-again-time = Хорошо, укажите другое время.
fix30b-first-again-dates = Хорошо, напишите даты занятий ещё раз.

# /change → «Все группы центра»: a center closed for some days (walk29 W29-15). $oneDay: yes / no; $from, $to: «7» and «13 декабря».
closed-days-said = { $oneDay ->
        [yes] { $from }
       *[no] с { $from } по { $to }
    }
fix30b-all-groups = 🏢 Все группы центра: закрыт на несколько дней
fix30b-days-center = Какой центр закрыт?
fix30b-days-ask =
    Центр: { $center }.
    В какие дни он закрыт? Выберите или напишите даты, например: 7–13 декабря или один день: 9 декабря
fix30b-days-today = Сегодня
fix30b-days-tomorrow = Завтра
fix30b-days-this-week = На эту неделю
fix30b-days-next-week = На следующую неделю
fix30b-days-invalid = Не удалось понять даты. Напишите так: 7–13 декабря, 07.12–13.12 или один день: 9 декабря, «завтра»
fix30b-days-past = Эти дни уже прошли. Напишите сегодняшнюю или более позднюю дату.
fix30b-days-long = Это больше трёх месяцев. Напишите даты поближе или отмените группы по одной.
fix30b-days-none = В эти дни у групп центра нет занятий. Напишите другие даты или нажмите «Назад».
# The preview: $lessons lessons in $groups groups; $people: how many people get one message each.
fix30b-days-preview =
    Отменить { $lessons } { $lessons ->
        [one] занятие
        [few] занятия
       *[many] занятий
    } в { $groups } { $groups ->
        [one] группе
       *[other] группах
    } { closed-days-said }?
    { $center }
    Группы: { $courses }
    Каждому человеку напишем один раз. Получат сообщение: { $people }.
fix30b-days-preview-cancelled = Все оставшиеся занятия приходятся на эти дни, поэтому группа отменится, участники вернутся в очередь на прежние места: { $courses }.
fix30b-days-preview-ended = Это последние занятия, поэтому курс закончится, участники будут отмечены как окончившие: { $courses }.
fix30b-days-done = Готово. Отменено занятий: { $lessons }. Участникам отправляются сообщения: { $count }.{ $calls ->
        [0] {""}
       *[other] {" "}Без Телеграма: { $calls } — библиотекари центра получили список, кому позвонить.
    }
# The one message to each person: her lessons of those days ($list: «• Курс, 9 декабря, среда, 14:00» a line), her groups cancelled or ended by it.
fix30b-days-notice =
    Центр не работает { closed-days-said }: { $center }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Занятия в эти дни отменены:
            { $list }
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Группа отменена: { $cancelled }. Вы снова в очереди на прежнем месте. Мы напишем, когда появится новая группа.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Это были последние занятия: { $ended }. Курс окончен, спасибо, что занимались!
    }
    Вопросы: { $phone }
# To the center's librarians: people without Telegram (one named, or how many) and without a phone.
calls-change-close-days =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Центр не работает { closed-days-said } ({ $center }): занятия в эти дни отменены.
calls-digest-close-days =
    📞 Позвоните { calls-digest-who }: центр не работает { closed-days-said } ({ $center }), занятия в эти дни отменены. Телефоны — в списке.
no-phone-change-close-days =
    📌 Центр не работает { closed-days-said } ({ $center }): занятия в эти дни отменены.
    { no-phone-tell }
