## Classes: seat offers (citizens)

cls-offer =
    Для вас есть место в группе!

    Курс: { $course }
    Где: { $center }, { $address }, { $room }
    Занятия: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }

    { $untilToday ->
        [yes] Пожалуйста, ответьте сегодня до { $untilTime }.
       *[no] Пожалуйста, ответьте до { $until }.
    }
cls-offer-reminder =
    Напоминаем: мы держим для вас место в группе. Курс «{ $course }», { $center }.

    Занятия: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }

    { $untilToday ->
        [yes] Ответьте, пожалуйста, сегодня до { $untilTime }.
       *[no] Ответьте, пожалуйста, до { $until }.
    }
cls-offer-expired = Вы не успели ответить на предложение места на курсе «{ $course }». Вы остаётесь в очереди на прежнем месте.
cls-offer-accept = ✓ Приду
cls-offer-decline = Не смогу
cls-offer-accepted =
    Вы записаны в группу! Курс «{ $course }».
    Где: { $center }, { $address }, { $room }
    Занятия: { lessons-said }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }
cls-offer-already = Вы уже записаны в эту группу.
cls-offer-expired-now = Это предложение уже не действует. Вы остаётесь в очереди на прежнем месте, бот напишет о новом месте. Если хотели попасть именно в эту группу, позвоните в центр: { $phone }.
cls-offer-gone = Это предложение уже не действует.
# The declined offer, edited: what was answered, in place of "please answer by …".
cls-offer-declined-note = Вы ответили «Не смогу», место передали следующему. Передумаете — нажмите «Приду», пока оно свободно.
cls-decline-keep = Да, оставить моё место
cls-decline-leave = Нет, выйти из очереди
cls-decline-kept = Вы остаётесь в очереди на прежнем месте.
cls-decline-left = Вы вышли из очереди на этот курс.

## Classes: staff

cls-staff-header = Библиотекари:
cls-staff-none = Библиотекарей пока нет.
cls-staff-line = • { $name } (номер в Телеграме { $id }): { $centers }
cls-staff-add = ➕ Добавить библиотекаря
cls-staff-revoke = ✖ Отозвать: { $name }
cls-staff-revoke-confirm = { $name }: отозвать права библиотекаря?
cls-staff-revoked = Права отозваны: { $name }.
cls-staff-revoke-none = У этого сотрудника уже нет прав.
cls-staff-how = Как добавить библиотекаря?
cls-staff-by-link = 🔗 Ссылка-приглашение
cls-staff-by-id = 🔢 По номеру в Телеграме
cls-staff-ask-id = Напишите номер сотрудника в Телеграме (только цифры). Сотрудник узнает его у бота @userinfobot.
cls-staff-id-invalid = Нужен номер в Телеграме: только цифры, например 123456789.
cls-staff-centers = Выберите центры сотрудника и нажмите «Готово».
cls-staff-centers-chosen = Центры сотрудника: { $centers }.
cls-done = ✓ Готово
cls-pick-one = Выберите хотя бы один вариант.
cls-staff-invite-link =
    Ссылка-приглашение (действует 7 дней, один раз):
    { $link }
    Перешлите её сотруднику. Отозвать её, пока её не открыли, можно в /staff.
cls-staff-you-are-librarian = Вас назначили библиотекарем: { $centers }. Теперь вы можете открывать группы и отмечать посещаемость. Ваши команды: /help
cls-staff-granted = Готово: сотрудник { $id } теперь библиотекарь ({ $centers }).
cls-staff-welcome = Добро пожаловать! Вы библиотекарь: { $centers }. С чего начать: 1) /import — ваш бумажный список очереди, /add — записать одного человека; 2) /newclass — группа, места в ней бот сам предложит людям из очереди; 3) /calls — кому позвонить; /attendance — отметить посещение. Все команды с пояснениями — /help.
cls-staff-invite-opened = Приглашение открыто: { $name } теперь библиотекарь. Центры сотрудника — в /staff.
cls-invite-invalid = Приглашение не найдено. Попросите координатора прислать новую ссылку.
cls-invite-expired = Срок приглашения истёк. Попросите координатора прислать новую ссылку.
cls-invite-used = Это приглашение уже использовано. Попросите координатора прислать новую ссылку.
cls-invite-withdrawn = Это приглашение отозвано. Попросите координатора прислать новую ссылку.
cls-staff-invites-header = Приглашения, которые ещё не открыли:
cls-staff-invite-line = { $n }) { $centers }, действует до { $until }
cls-staff-invite-withdraw = ✖ Отозвать приглашение { $n }
cls-staff-invite-withdrawn = Приглашение отозвано: ссылка больше не действует.
cls-staff-invite-gone = Это приглашение уже открыли, отозвали или его срок истёк.

## Classes: new group

cls-new-course = Новая группа. Шаг { $step } из { $total }. Выберите курс:
cls-new-center = Шаг { $step } из { $total }. Выберите центр:
cls-no-centers = У вас нет центров. Обратитесь к координатору.
cls-new-start = Шаг { $step } из { $total }. Когда первое занятие? Выберите день или напишите дату, например 9 декабря или 9.12.
cls-date-invalid = Не получилось прочитать дату. Напишите, например, 9 декабря, 9.12 или «в среду» (не раньше сегодняшнего дня).
cls-date-past = Эта дата уже прошла. Напишите сегодняшнюю или более позднюю дату, например «завтра» или «в среду».
cls-new-pattern = Шаг { $step } из { $total }. Как идут занятия?
cls-pattern-weekly = 📅 По дням недели
cls-pattern-dates = ✎ Написать даты списком
cls-new-weekdays = Выберите дни недели и нажмите «Готово».
cls-new-time = Во сколько начинается занятие? Выберите или напишите, например 10:00.
cls-time-invalid = Напишите время так: 10:00.
cls-new-count = Сколько занятий? Выберите или напишите число.
cls-count-invalid = Напишите число от 1 до 40.
cls-new-duration = Сколько минут длится занятие?
cls-duration-invalid = Напишите число минут от 15 до 480.
cls-new-dates =
    Напишите даты и время занятий, каждое с новой строки, например:
    01.12.2026 10:00
    03.12.2026 10:00
cls-dates-invalid = Не получилось прочитать список. Каждая строка: дата и время, например 01.12.2026 10:00 (не раньше сегодняшнего дня).
cls-dates-line-date = Строка { $line } («{ $text }»): не получилось прочитать дату. Пришлите весь список ещё раз, исправив эту строку. Каждая строка: дата и время, например 01.12.2026 10:00.
cls-dates-line-time = Строка { $line } («{ $text }»): не получилось прочитать время. Пришлите весь список ещё раз, исправив эту строку. Время пишите так: 10:00.
cls-dates-line-past = Строка { $line } («{ $text }»): эта дата уже прошла. Пришлите весь список ещё раз, исправив эту строку.
cls-new-room = Шаг { $step } из { $total }. Напишите аудиторию, например: Зал 2, первый этаж.
cls-room-invalid = Напишите название аудитории (до 100 знаков).
cls-new-capacity = Шаг { $step } из { $total }. Сколько мест в группе? Выберите или напишите число.
cls-capacity-invalid = Напишите число мест от 1 до 50.
cls-new-preview =
    Шаг { $step } из { $total }. Проверьте:

    Курс: { $course }
    Центр: { $center }
    Аудитория: { $room }
    Мест: { $capacity }
    Занятий: { $count }, каждое длится { $duration } { $duration ->
        [one] минуту
        [few] минуты
       *[many] минут
    }. Часовой пояс: { $zone }.
    { $lessons }
cls-new-for-partner = Только для людей организации «{ $partner }».
cls-new-holidays =
    ⚠ { $count ->
        [1] Занятие { $dates } приходится на праздничный день.
       *[other] Занятия { $dates } приходятся на праздничные дни.
    } Если центр в этот день закрыт, вернитесь к датам кнопкой «Назад».
cls-create = ✓ Создать группу
cls-created = Группа создана. Предложено мест людям из очереди: { $offered }.
cls-created-for-partner = Группа для организации «{ $partner }» создана. Её места предлагаются только людям этой организации из очереди; предложено: { $offered }. Отдать свободные места общей очереди можно в карточке группы (/classes).
cls-weekday-0 = понедельник
cls-weekday-1 = вторник
cls-weekday-2 = среда
cls-weekday-3 = четверг
cls-weekday-4 = пятница
cls-weekday-5 = суббота
cls-weekday-6 = воскресенье

## Classes: groups and attendance

cls-groups-none = Открытых групп нет. Создать: /newclass
cls-groups-header = Ваши группы (курс, начало, записано из мест). Нажмите на группу, чтобы открыть её:
cls-groups-center = { $center }: { $count ->
        [one] группа на кнопке { $from }
       *[other] группы на кнопках { $from }–{ $to }
    }
cls-group-list-button = { $n }. { $short }, { $day }: { $enrolled } из { $capacity }
cls-group-button = { $course }: { $start }
cls-group-details =
    { $course }, { $room }
    { $center }
    Занятия: { lessons-said }
    Записано { $enrolled } из { $capacity }{ $offered ->
        [0] .
       *[other] , ждут ответа: { $offered }.
    }
    Участники:
    { $roster }
cls-roster-empty = пока никого
cls-roster-line = { $name }{ $missed ->
        [0] {""}
       *[other] , пропусков: { $missed }
    }
cls-attendance-button = ✅ Отметить посещение
cls-attendance-groups = Выберите группу:
cls-attendance-lessons = Выберите занятие:
cls-lesson-button = { $index }. { $time }{ $mark }
# Today's lesson before its hour, in the list of /attendance (walk s20 #28).
cls-lesson-not-begun = {" "}— ещё не началось
cls-attendance-menu = Занятие { $index }, { $time }. Нажмите на имя каждого, кто пришёл: рядом появится «на занятии». Ещё раз — снять отметку. Затем нажмите «Сохранить».
cls-lessons-past = Это время уже прошло: все занятия новой группы должны быть впереди. Выберите даты ещё раз.
cls-attendance-not-started = Это занятие ещё не началось. Посещение можно отметить, когда оно начнётся.
cls-attendance-empty = В группе пока нет участников.
cls-attendance-save = 💾 Сохранить
cls-attendance-saved = Отмечено: пришли — { $present }, не пришли — { $absent }.
cls-attendance-completed = Это было последнее занятие: участники отмечены как окончившие курс.
cls-not-found = Не найдено или нет доступа.

## Added in stop 18 (fixes from the probes and the walk)
# /attendance lists only lessons that have begun, and today's: with none yet, when marking opens.
cls-attendance-none-begun = Занятия этой группы ещё не начались. Первое: { $time }. Отметить посещение можно с этого дня.
cls-attendance-no-lessons = У этой группы нет занятий, которые можно отметить.

# /newclass: the room in English words, asked where someone at the center reads the bot in English (walk s28 W28-23).
cls-new-room-en = Как назвать эту аудиторию для тех, кто читает бота на английском? Напишите английскими буквами, например: Computer room, second floor. Или нажмите «Пропустить», тогда они прочтут: { $automatic }.
cls-room-en-invalid = Напишите название аудитории английскими буквами (до 100 знаков) или нажмите «Пропустить».
cls-new-room-en-line = На английском: { $roomEn }

# Helper fix31a, round 31.

# The declined offer, edited, when nobody in the group's line could be offered the seat (a partner's closed group with
# nobody else of the partner waiting: walk30 W30-15): «место передали следующему» would not be true.
cls-offer-declined-note-free = Вы ответили «Не смогу». Место пока свободно: передумаете — нажмите «Приду».
# The question after «Не смогу» in that case.
cls-decline-ask-course-free = Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «{ $course }»?
