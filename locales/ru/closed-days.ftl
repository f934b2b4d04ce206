# Helper fix30b, round 30.

# /newclass: a first lesson that looks like a slip (walk29 W29-22). $when: «сегодня в 07:50»; $reasons: «через 2 часа, до открытия центра (10:00)».
first-lesson-check = Первое занятие { $when } — { $reasons }. Верно?
first-lesson-today = сегодня в { $time }
first-lesson-day = { $date } в { $time }
first-lesson-in-hours = через { $hours } { $hours ->
    [one] час
    [few] часа
   *[many] часов
    }
first-lesson-in-minutes = через { $minutes } { $minutes ->
    [one] минуту
    [few] минуты
   *[many] минут
    }
first-lesson-before-opening = до открытия центра ({ $opens })
first-lesson-yes = Да, верно
first-lesson-change = Изменить
first-lesson-again-time = Хорошо, укажите другое время.
first-lesson-again-dates = Хорошо, напишите даты занятий ещё раз.

# /change → «Все группы центра»: a center closed for some days (walk29 W29-15). $oneDay: yes / no; $from, $to: «7» and «13 декабря».
closed-days-said = { $oneDay ->
        [yes] { $from }
       *[no] с { $from } по { $to }
    }
closed-days-all-groups = 🏢 Все группы центра: закрыт на несколько дней
closed-days-center = Какой центр закрыт?
closed-days-ask =
    Центр: { $center }.
    В какие дни он закрыт? Выберите или напишите даты, например: 7–13 декабря или один день: 9 декабря
closed-days-today = Сегодня
closed-days-tomorrow = Завтра
closed-days-this-week = На эту неделю
closed-days-next-week = На следующую неделю
closed-days-invalid = Не удалось понять даты. Напишите так: 7–13 декабря, 07.12–13.12 или один день: 9 декабря, «завтра»
closed-days-past = Эти дни уже прошли. Напишите сегодняшнюю или более позднюю дату.
closed-days-long = Это больше трёх месяцев. Напишите даты поближе или отмените группы по одной.
closed-days-none = В эти дни у групп центра нет занятий. Напишите другие даты или нажмите «Назад».
# The preview: $lessons lessons in $groups groups; $people: how many people get one message each.
closed-days-preview =
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
closed-days-preview-cancelled = Все оставшиеся занятия приходятся на эти дни, поэтому группа отменится, участники вернутся в очередь на прежние места: { $courses }.
closed-days-preview-ended = Это последние занятия, поэтому курс закончится, участники будут отмечены как окончившие: { $courses }.
closed-days-done = Готово. Отменено занятий: { $lessons }. Участникам отправляются сообщения: { $count }.{ $calls ->
        [0] {""}
       *[other] {" "}Без Телеграма: { $calls } — библиотекари центра получили список, кому позвонить.
    }
# To the center's librarians: people without Telegram (one named, or how many) and without a phone.
calls-change-close-days =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Центр не работает { closed-days-said } ({ $center }): занятия в эти дни отменены.
calls-digest-close-days =
    📞 Позвоните { calls-digest-who }: центр не работает { closed-days-said } ({ $center }), занятия в эти дни отменены. Телефоны — в списке.
no-phone-change-close-days =
    📌 Центр не работает { closed-days-said } ({ $center }): занятия в эти дни отменены.
    { no-phone-tell }

# fix30i: dates typed by staff (probe30 M1, walk30 W30-09).
# «📅 До другого дня» with a day already gone by ($date: «1 декабря»).
adm-ctr-hide-date-gone = { $date } уже прошло. Напишите день позже сегодняшнего, например «в понедельник» или 9.12.
# /change's preview (walk30 W30-09): those a message does not reach, as the result says them.
change-told-calls = Без Телеграма: { $calls } — библиотекари центра получат список, кому позвонить.
change-told-in-person = Без телефона: { $count } — библиотекари центра получат напоминание сказать лично.

# Helper fix31b, round 31.

# /import's check file captioned by what it holds: only rows added with a remark, or those and rows not added.
imp-details-remarks = Строки, которые будут добавлены, с замечаниями.
imp-details-both = Строки, которые не будут добавлены, с причинами, и строки, которые будут добавлены, с замечаниями.

# A seat offer sent again after /change closed the center for some days (src/domain/center-days.ts): said so, not
# «Расписание группы изменилось»; the last day only, within 60 words at its longest. $closedOneDay: yes / no;
# $closedFrom: the day when one; $closedTo: the last day («6 декабря»).
offer-days-off =
    Центр закрыт { $closedOneDay ->
        [yes] { $closedFrom }
       *[no] по { $closedTo }
    }. Место за вами.

    Курс: { $course }
    Где: { $center }, { $address }, { $room }
    Занятия теперь: { lessons-said }{ offer-time-note }

    { $untilToday ->
        [yes] Ответьте сегодня до { $untilTime }.
       *[no] Ответьте до { $until }.
    }

# The call list of a center closed for some days (/change → «Все группы центра»), whatever courses its calls are of.
calls-close-days-list-title =
    📞 Центр закрыт на несколько дней ({ $center }), занятия в эти дни отменены. Позвоните ({ $done } из { $count }):


# task31 fixJ (walk31 W31-17, W31-12, W31-13)
new-closed-days =
    ⚠ Центр закрыт { closed-days-said }: { $count ->
        [1] занятие { $dates } попадает
       *[other] занятия { $dates } попадают
    } на { $oneDay ->
        [yes] этот день
       *[no] эти дни
    }. Чтобы изменить даты, нажмите «Назад».
# /broadcast's preview (walk31 W31-12): the first number is of those who get it, not of everyone counted below.
bc-preview-count = Получат в Телеграме: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}Заблокировали бота: { $unreachable } — им не придёт.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Без Телеграма: { $phoneOnly } — позвоните им по телефону.
    } Отправить?
bc-preview-count-no-phone = Получат в Телеграме: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}Заблокировали бота: { $unreachable } — им не придёт.
    } Без Телеграма: { $phoneOnly } — { $called ->
        [0] {""}
       *[other] позвоните { $called },{" "}
    }без телефона { $noPhone } — скажите при встрече. Отправить?
# /calls: the button of a center closed for some days, by its days (walk31 W31-13: the center's name made it 85 characters).
calls-btn-close-days = 🏢 Закрыт { $oneDay ->
        [yes] { $from }
       *[no] { $from }–{ $to }
    }: позвонили { $done } из { $count }

# task34 fixC (walk31 W31-13 rest): a center closed for some days: its lessons are not made up, and when hers go on.
closed-days-notice =
    { $place } не работает { closed-days-said }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Занятия в эти дни отменены и не переносятся:
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…и ещё { $more } { $more ->
                    [one] занятие
                    [few] занятия
                   *[many] занятий
                }
            }
    }{ $next ->
        [none] {""}
       *[other] {"\u000A"}Занятия продолжатся { $next }.
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Группа отменена: { $cancelled }. Вы снова в очереди на прежнем месте.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Это были последние занятия: { $ended }. Курс окончен, спасибо, что занимались!
    }
    Вопросы: { $phone }
