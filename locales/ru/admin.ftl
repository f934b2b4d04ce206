## Admin: /stats
adm-stats-title = 📊 Статистика: { $scope }
adm-stats-scope-all = все центры
adm-stats-scope-mine = мои центры
adm-stats-col-course = Курс
adm-stats-col-waiting = Ждут
adm-stats-total = Всего ждут
adm-stats-col-week = Неделя с
adm-stats-col-signups = Записи
adm-stats-col-enrolled = Зачислены
adm-stats-median-wait = Ожидание до зачисления, медиана: { $days } { $days ->
        [one] день
        [few] дня
        [other] дня
       *[many] дней
    }
adm-stats-median-none = Ожидание до зачисления: пока некого считать.
adm-stats-offers = Приняли место: { $accepted } из { $made } предложенных ({ $rate })
# Added to the line above when offers are open now.
adm-stats-offers-pending = , ещё ждут ответа: { $n }
adm-stats-no-show = Пропуски занятий: { $rate } (не пришли { $absent } { $absent ->
        [one] раз
        [few] раза
       *[many] раз
    } из { $expected } { $expected ->
        [one] ожидаемого посещения
       *[other] ожидаемых посещений
    })
adm-stats-completions = Закончили курс за всё время: { $n }
adm-stats-chart-waiting = Ждут по центрам
adm-stats-chart-weeks = Записи и зачисления за 8 недель
adm-stats-series-signups = Записались
adm-stats-series-enrolled = Зачислены
adm-stats-btn-all = Все центры

## Admin: /broadcast
# What a citizen gets from /broadcast: who writes (a center in the reader's language, or the program), then the text (walk s20 #30).
bc-message-from =
    📢 { $from }:
    { $text }
bc-message-program =
    📢 «Твой курс»:
    { $text }
adm-bc-choose-audience = Кому отправить сообщение?
adm-bc-aud-group = Участникам группы
adm-bc-aud-center-enrolled = Всем, кто учится в центре
adm-bc-aud-center-waiting = Очереди центра
adm-bc-aud-all-waiting = Всем в очередях (все центры)
adm-bc-choose-center = Какой центр?
adm-bc-choose-group = Какая группа?
adm-bc-no-groups = В этом центре нет открытых групп. Выберите другой центр.
adm-bc-no-centers-group = Открытых групп пока нет ни в одном вашем центре. Выберите других получателей.
adm-bc-no-centers-center-enrolled = Пока никто не учится ни в одном вашем центре. Выберите других получателей.
adm-bc-no-centers-center-waiting = Пока никто не ждёт ни в одном вашем центре. Выберите других получателей.
adm-bc-choose-course = Очередь на какой курс?
adm-bc-all-courses = Все курсы
adm-bc-ask-text = Напишите текст сообщения.
adm-bc-preview-intro = Так сообщение увидят получатели:
adm-bc-preview-english = Выбрали английский язык: { $english }. Им придёт этот же текст; чтобы дописать перевод, нажмите «Назад».
adm-bc-no-recipients = В этой аудитории никого нет. Выберите другую.
adm-bc-confirm = ✓ Отправить
adm-bc-refused = Эта аудитория вам недоступна.
adm-bc-progress-start = Рассылка начинается…
adm-bc-progress-done = Рассылка завершена. Итог — в сообщении ниже.

## Admin: /centers
adm-ctr-list = Центры: { $total }{ $inactive ->
        [0] {""}
       *[other] {" "}(неактивных: { $inactive }, они отмечены ⏸ и скрыты от жителей)
    }. Выберите центр или добавьте новый.
adm-ctr-list-no-en = Без названия или часов работы по-английски: { $count } (отмечены 🔤). Англоязычные читают их латиницей; добавить: центр → «Изменить поле» → «Названия по-английски».
adm-ctr-btn-add = ➕ Добавить центр
adm-ctr-btn-edit = ✏️ Изменить поле
adm-ctr-btn-deactivate = ⏸ Скрыть от жителей
adm-ctr-btn-reactivate = ▶️ Снова показывать
adm-ctr-hide-confirm =
    Скрыть центр от жителей? На какой срок?
    { $center }
    { $count ->
        [0] В его очереди никого нет.
       *[other] В его очереди: { $count }. Мы сразу напишем им, что центр не принимает записи, и предложим подождать или выбрать другой центр; людям без Телеграма позвонят библиотекари. Место в очереди они не потеряют.
    }
    Со сроком мы назовём людям день, когда центр снова начнёт записывать, а вам в этот день напомним показать его снова.
adm-ctr-btn-hide-yes = ⏸ Срок пока неизвестен
adm-ctr-btn-announce = 📣 Сообщить ждущим в городе: { $count }
adm-ctr-announce-confirm =
    Сообщить людям, которые ждут в других центрах этого города, что здесь можно заниматься?
    { $center }
    Получат сообщение: { $count }. Перейти или остаться решат сами; при переходе место считается по дню их записи.
adm-ctr-btn-announce-yes = 📣 Да, сообщить
adm-ctr-announced = Сообщили: { $count }.
adm-ctr-announced-before = Этим людям уже сообщали об этом центре.
adm-ctr-btn-save = ✓ Сохранить
adm-ctr-details =
    { $name }
    Город: { $town }
    Адрес: { $address }
    Точка на карте: { $location }
    Телефон: { $phone }
    Часы работы: { $hours }
    Часовой пояс: { $timeZone }
adm-ctr-status-active = Статус: работает, виден жителям
adm-ctr-status-inactive = Статус: ⏸ скрыт от жителей
adm-ctr-waiting = Ждут в очереди: { $count }
adm-ctr-librarians = Библиотекарей: { $count }
adm-ctr-no-librarians = Библиотекарей нет: группы здесь открывает и людям без Телеграма звонит координатор. Добавить библиотекаря: /staff
adm-ctr-not-found = Такого центра нет.
adm-ctr-deactivated = Центр скрыт от жителей и больше не принимает записи. Людям в очереди предложено выбрать другой центр: { $told }.
adm-ctr-reactivated = Центр снова виден жителям. Тем, кому мы писали о закрытии и кто остался в его очереди, сообщили: { $told }.
adm-ctr-unchanged = Уже сделано.
adm-ctr-which-field = Что изменить? Центр: { $name }.
adm-ctr-field-name = Название
adm-ctr-field-town = Город
adm-ctr-field-address = Адрес
adm-ctr-field-location = Точка на карте
adm-ctr-field-phone = Телефон
adm-ctr-field-hours = Часы работы
adm-ctr-field-timeZone = Часовой пояс
adm-ctr-ask-name = Как называется центр?
adm-ctr-ask-town = В каком городе? Выберите или напишите название.
adm-ctr-ask-address = Какой адрес? Например: улица Ленина, 5
adm-ctr-ask-location = Где центр на карте? Нажмите кнопку внизу и выберите точку, или напишите координаты, например: 55.35, 86.08
adm-ctr-location-button = 📍 Выбрать точку на карте
adm-ctr-location-invalid = Не получилось прочитать координаты. Напишите широту и долготу через запятую, например: 55.35, 86.08
adm-ctr-location-got = Точка: { $location }
adm-ctr-ask-phone = Какой телефон центра?
adm-ctr-phone-invalid = Это не похоже на номер телефона. Например: +7 3842 36-42-90
adm-ctr-ask-hours = Часы работы? Например: будни 10:00–19:00, суббота 10:00–17:00
adm-ctr-text-invalid = Нужно от 2 до 200 знаков. Напишите ещё раз, пожалуйста.
adm-ctr-ask-time-zone = Часовой пояс центра?
adm-ctr-tz-default = { $tz }, обычно
adm-ctr-preview-new = Проверьте новый центр:
adm-ctr-preview-edit = Проверьте изменения:
adm-ctr-created = ✅ Центр добавлен.
adm-ctr-updated = ✅ Изменения сохранены.

## Admin: /export
adm-exp-waitlist-caption = Очередь: { $count } { $count ->
        [one] строка
        [few] строки
       *[many] строк
    }. Открывается в Excel и LibreOffice.
adm-exp-enrollments-caption = Зачисления: { $count } { $count ->
        [one] строка
        [few] строки
       *[many] строк
    }.
adm-exp-col-center = Центр
adm-exp-col-course = Курс
adm-exp-col-status = Статус
adm-exp-col-joined-at = Записался
adm-exp-col-position = Место в очереди
adm-exp-col-time = Удобное время
adm-exp-col-name = Имя
adm-exp-col-phone = Телефон
adm-exp-col-telegram = Телеграм
adm-exp-telegram-yes = есть
adm-exp-telegram-no = нет, звонить
adm-exp-telegram-blocked = заблокировал бота, звонить
adm-exp-col-group = Группа
adm-exp-col-enrolled-at = Зачислен
adm-exp-col-completed-at = Закончил
adm-exp-status-waiting = ждёт
adm-exp-status-offered = предложено место
adm-exp-status-enrolled = учится
adm-exp-status-completed = закончил курс
adm-exp-status-left = вышел из очереди
adm-exp-status-forgotten = данные удалены
adm-ctr-no-changes = Ничего не изменилось.

## Admin: /import (the paper waiting list)

imp-send-file = Пришлите файл списка ожидания: CSV или XLSX, как его сохраняет Excel (не больше { $mb } { $mb ->
        [one] мегабайта
       *[other] мегабайт
    }). Нужны столбцы: ФИО, телефон, курс, центр, дата записи. У каждого в списке должен быть подписанный бумажный бланк согласия: бот спросит об этом. Ничего не запишется, пока вы не подтвердите.
imp-send-file-hint = Пришлите, пожалуйста, файл (скрепка → Файл) или нажмите «Отмена».
imp-file-empty = Файл пустой. Пришлите другой файл или нажмите «Отмена».
imp-file-too-large = Файл больше { $mb } { $mb ->
        [one] мегабайта
       *[other] мегабайт
    }. Разделите его на части и пришлите по одной.
imp-file-not-a-table = Это не похоже на таблицу CSV или XLSX. Сохраните список в Excel как «CSV» или «Книга Excel» и пришлите снова.
imp-file-too-many-rows = В файле больше 20 000 человек. Разделите его на части и пришлите по одной.
imp-file-unreadable = Не получилось прочитать файл. Сохраните его в Excel ещё раз и пришлите снова.
imp-file-columns = Не найдены столбцы: { $missing }. Проверьте строку заголовков и пришлите файл снова.
imp-field-name = ФИО
imp-field-phone = телефон
imp-field-course = курс
imp-field-center = центр
imp-field-joinedAt = дата записи
imp-field-timeOfDay = удобное время
imp-field-notes = примечание
imp-columns = Файл { $format }, строк с данными: { $rows }. Столбцы прочитаны так:
imp-column = «{ $header }» → { $field }
imp-columns-ignored = Не используются: { $headers }
imp-consent = У всех людей из этого файла есть подписанный бумажный бланк согласия? Без него бот их не сохранит.
imp-consent-yes = ✓ Да, у всех
imp-consent-no = Нет
imp-no-consent = Ничего не сохранили. Соберите подписанные бланки согласия, потом загрузите файл снова: /import. Людей, у кого бланка нет, уберите из файла.
imp-match-center = Центр «{ $text }» — это { $label }? { $rows ->
        [one] Это { $rows } строка.
        [few] Это { $rows } строки.
       *[many] Это { $rows } строк.
    }
imp-match-course = Курс «{ $text }» — это «{ $label }»? { $rows ->
        [one] Это { $rows } строка.
        [few] Это { $rows } строки.
       *[many] Это { $rows } строк.
    }
imp-match-yes = ✅ Да, { $rows ->
        [one] для этой строки
       *[other] для всех строк: { $rows }
    }
imp-match-other-course = 🔁 Нет, другой курс
imp-match-other-center = 🔁 Нет, другой центр
imp-match-pick-course = Какой это курс — «{ $text }»?
imp-match-pick-center = Какой это центр — «{ $text }»?
imp-match-texts-sep = {"», «"}
imp-match-no = ❌ Нет, { $rows ->
        [one] пропустить эту строку
       *[other] пропустить эти строки
    }
imp-preview = Проверка перед записью. Строк в файле: { $rows }.
    Будут добавлены в очередь: { $toAdd }
    Уже в очереди (тот же телефон и курс): { $onList }
    Уже загружены раньше: { $importedBefore }
    Повторы внутри файла: { $duplicates }
    Не подходят: { $rejected }
imp-file-seen-before = Этот файл уже загружали { $date }.
imp-rejected-more = …и ещё { $count }, все в файле выше.
imp-details-caption = Строки, которые не будут добавлены, с причинами.
imp-details-line = Строка
imp-details-reason = Причина
imp-details-value = Значение
imp-reason-no-name = нет ФИО
imp-reason-no-phone = нет телефона
imp-reason-bad-phone = не понятен телефон
imp-reason-no-date = нет даты записи
imp-reason-bad-date = не понятна дата записи
imp-reason-future-date = дата записи в будущем
imp-reason-unknown-course = неизвестный курс
imp-reason-unknown-center = неизвестный центр
imp-reason-other-center = центр не ваш: передайте строку той библиотеке или координатору
imp-reason-match-declined = название не подтверждено
imp-reason-on-list = уже в очереди
imp-confirm-earlier = ✅ Исправить даты записи
imp-done-earlier = Место по дате из файла: { $count }.
imp-reason-on-list-earlier = уже в очереди; место будет по дате из файла
imp-reason-imported-before = уже загружен раньше
imp-reason-duplicate-in-file = повтор строки { $of }
imp-confirm = ✅ Записать { $count }
imp-nothing-to-add = Добавлять нечего, в очереди ничего не изменилось.
imp-done = Готово. Добавлено в очередь: { $added }. Уже были: { $already }. Не подошли: { $rejected }. Место в очереди — по дате записи; согласие отмечено как подписанное на бумаге в центре.

## Centers: English words, time zones in words

adm-ctr-field-en = Названия по-английски
adm-ctr-ask-en-name = Название центра по-английски? Сейчас по-русски: { $ru }. Например: Central City Library
adm-ctr-ask-en-town = Город по-английски? По-русски: { $ru }. Например: Kemerovo
adm-ctr-ask-en-address = Адрес латиницей? По-русски: { $ru }. Например: 5 Lenina St
adm-ctr-ask-en-hours = Часы работы по-английски? По-русски: { $ru }. Например: weekdays 10:00–19:00
adm-ctr-ask-en-now = Добавить названия по-английски для тех, кто выбрал английский язык? Их можно добавить и позже.
adm-ctr-btn-en-now = Добавить сейчас
adm-ctr-btn-en-later = Позже (пока латиницей)
adm-ctr-en-cyrillic = Здесь нужны латинские буквы: этот текст читают те, кто выбрал английский язык.
adm-ctr-details-en = По-английски: { $name }; { $town }; { $address }; { $hours }
adm-ctr-details-no-en = По-английски: не указано (англоязычные читают русские названия латиницей).
tz-kuzbass = время Кузбасса (UTC+7)
tz-krasnoyarsk = время Красноярска (UTC+7)
tz-omsk = время Омска (UTC+6)
tz-moscow = московское время (UTC+3)
tz-other = другой часовой пояс ({ $offset })

## Added in stop 18 (fixes from the probes and the walk)
adm-bc-preview-count = Получателей: { $total }.{ $unreachable ->
        [0] {""}
       *[other] {" "}Заблокировали бота: { $unreachable } — им не придёт.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Без Телеграма: { $phoneOnly } — им не отправим, позвоните им по телефону.
    } Отправить?
adm-bc-progress = Рассылка: доставлено { $delivered } из { $total }, заблокировали бота { $blocked }{ $phoneOnly ->
        [0] {""}
       *[other] , без Телеграма { $phoneOnly }
    }, ошибок { $failed }.
adm-bc-report =
    ✅ Рассылка завершена.
    Доставлено: { $delivered } из { $total }
    Заблокировали бота: { $blocked } (раньше: { $unreachable }, во время рассылки: { $newlyBlocked })
    Не доставлено из-за ошибок: { $failed }{ $phoneOnly ->
        [0] {""}
       *[other] {"\u000A"}Без Телеграма: { $phoneOnly } — им не отправляли, позвоните им по телефону.
    }
adm-bc-empty = В сообщении нет текста. Напишите текст, пожалуйста.
# Everyone of the audience blocked the bot or has no Telegram: nothing would be sent (probe s19 #13).
adm-bc-nobody-in-telegram = В Телеграме это сообщение не получит никто: заблокировали бота — { $unreachable }, без Телеграма — { $phoneOnly }. Людям без Телеграма позвоните по телефону. Выберите другую аудиторию.
imp-next = Исправьте файл и отправьте его снова: /import
imp-next-centers = Бот знает такие центры: { $centers }. Исправьте название центра в файле и отправьте его снова: /import
adm-stats-as-of = Данные на { $time } (обновляются раз в { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
       *[many] минут
    })
imp-remembered =
    Эти названия вы уже подтверждали, бот взял ваши ответы:
    { $lines }
    Если ответ неверный, нажмите «{ $again }» под итогом.
imp-remembered-line = • «{ $text }» — { $label }
imp-ask-again = 🔁 Спросить о названиях заново
