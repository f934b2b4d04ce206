## Partners: commands

command-partners = Организации-партнёры
command-referrals = Мои направленные
command-link = Ссылка для записи

## Partners: /partners (coordinators)

prt-list = Организации-партнёры: { $total }. Выберите организацию или добавьте новую.
prt-list-none = Организаций-партнёров пока нет.
prt-btn-add = ➕ Добавить организацию
prt-btn-edit = ✏️ Изменить
prt-btn-invite = 👤 Пригласить представителя
prt-btn-link = 🔗 Ссылка для записи
prt-btn-withdraw = ✖ Отозвать приглашение { $n }
prt-btn-deactivate = ⏸ Отключить
prt-btn-reactivate = ▶️ Включить снова
prt-btn-save = ✓ Сохранить
prt-details =
    Организация: { $name }
    Вид: { $kind }
    Контактное лицо: { $contact }
    Телефон: { $phone }
    Центры: { $centers }
prt-status-active = Работает.
prt-status-inactive = Отключена: ссылка для записи и представители не действуют, история сохранена.
prt-reps-header = Представители:
prt-reps-none = Представителей пока нет.
prt-rep-line = • { $name } (номер в Телеграме { $id })
prt-invites-header = Приглашения, которые ещё не открыли:
prt-invite-line = { $n }) действует до { $until }
prt-invite-link =
    Ссылка-приглашение для представителя организации «{ $partner }»:
    { $link }

    Она действует 7 дней и только для одного человека. Отозвать её, пока её не открыли, можно в карточке организации.
prt-invite-withdrawn = Приглашение отозвано: ссылка больше не действует.
prt-invite-gone = Этого приглашения уже нет: его открыли, отозвали или срок истёк.
prt-deactivated = Организация отключена. Люди, которых она направила, остаются в очереди и в группах.
prt-reactivated = Организация снова работает.
prt-unchanged = Ничего не изменилось.
prt-not-found = Организация не найдена.
prt-not-yours = Это не ваша организация или её уже нет.
prt-rep-welcome = Добро пожаловать! Вы представитель организации «{ $partner }». Команды: /link — ссылка для записи с картинкой-кодом, /add — записать человека без Телеграма, /referrals — ваши направленные, /request — заявка на отдельную группу, /groups — записать людей в открытую для вас группу.
prt-rep-invite-opened = Приглашение открыто: { $name } теперь представитель организации «{ $partner }».

## Partners: add and edit

prt-ask-name = Как называется организация? Напишите полное название.
prt-ask-kind = Какая это организация?
prt-ask-contactName = Кто контактное лицо? Напишите имя и фамилию.
prt-ask-phone = Телефон контактного лица?
prt-ask-centers = С какими центрами работает организация? Отметьте и нажмите «Готово».
prt-which-field = Организация: { $name }. Что изменить?
prt-field-name = Название
prt-field-kind = Вид
prt-field-contactName = Контактное лицо
prt-field-phone = Телефон
prt-field-centers = Центры
prt-text-invalid = Напишите от 2 до 150 знаков, пожалуйста.
prt-phone-invalid = Не получилось прочитать номер. Напишите его, например, так: +7 923 123-45-67.
prt-preview-new = Проверьте и сохраните новую организацию:
prt-preview-edit = Проверьте изменения и сохраните:
prt-created = Организация добавлена: { $name }. Дальше можно пригласить её представителя или открыть карточку организации.
prt-updated = Изменения сохранены.
prt-unchanged-edit = Ничего не изменилось.
prt-kind-hospital = Больница или поликлиника
prt-kind-social = Социальная служба
prt-kind-employment = Центр занятости
prt-kind-disability = Общество инвалидов
prt-kind-school = Школа или интернат
prt-kind-other = Другая

## Partners: referral link

prt-link-text =
    Ссылка для записи от организации «{ $partner }»:
    { $link }

    Человек, который откроет её или наведёт камеру телефона на картинку выше, запишется как направленный вашей организацией. Если ссылка попала не туда, замените её: старая перестанет действовать.
prt-link-replace = 🔄 Заменить ссылку
prt-link-replace-confirm = Заменить ссылку организации «{ $partner }»? Старая ссылка и напечатанные картинки с ней перестанут действовать.
prt-link-replace-yes = Да, заменить
prt-link-replaced = Ссылка заменена. Старая больше не действует.

## Partners: a citizen referred by a partner

# Everything /referrals shows the organization (walk s21 W21-24): name, course, place in line, the seat offered, the group, attendance.
join-summary-partner = Вас направила организация: { $partner }. Она будет видеть ваше имя, курс, место в очереди, предложенное вам место, вашу группу и посещение занятий.

## Partners: /referrals

prt-ref-header = Направленные организацией «{ $partner }»:
prt-ref-none = Пока никто не записался по вашей ссылке.
prt-ref-line =
    { $name } — { $course }
    { $status }
prt-ref-waiting = Ждёт в очереди, место { $position }.
prt-ref-offered = Предложено место: { $center }, ответ до { $until }.
prt-ref-enrolled = Занимается в группе: { $center }, { $room }, начало { $start }. { $marked ->
    [0] Занятий ещё не было.
   *[other] Посещено занятий: { $attended } из { $marked }.
    }
prt-ref-completed = Курс окончен: { $center }. Посещено занятий: { $attended } из { $marked }.
prt-ref-left = Больше не в очереди.
prt-ref-forgotten = Данные удалены.
prt-btn-referrals = 👥 Направленные

## Partners: /stats by partner

prt-stats-btn = 🤝 По организациям-партнёрам
prt-stats-title = Организации-партнёры, { $period }:
prt-stats-period = { $days ->
    [0] за всё время
   *[other] за { $days } дней
    }
prt-stats-line =
    { $name }
    направлено { $referred }, получили место в группе { $enrolled }{ $gaveBack ->
        [0] {""}
       *[other] {" "}(потом отказались: { $gaveBack })
    }, окончили { $completed }, { $expected ->
        [0] занятий ещё не было
       *[other] пропуски { $noShow } ({ $absent } из { $expected })
    }

## Partners: /export

prt-exp-col-partner = Организация
prt-exp-col-kind = Вид организации
prt-exp-col-name = Имя
prt-exp-col-phone = Телефон
prt-exp-col-course = Курс
prt-exp-col-center = Центр
prt-exp-col-status = Статус
prt-exp-col-position = Место в очереди
prt-exp-col-attended = Посещено занятий
prt-exp-col-joined-at = Записался
prt-exp-attended = { $attended } из { $marked }
prt-exp-attended-none = ещё не было занятий
prt-exp-caption = Направленные организациями-партнёрами: { $count }.

## Partners: group requests

command-requests = Заявки организаций на группы
command-request = Заявка на группу
prt-req-ask-course = Заявка на отдельную группу для ваших людей. Какой курс нужен?
prt-req-ask-people = Сколько человек будет учиться? Нажмите число или напишите его.
prt-req-people-invalid = Напишите число от 1 до 50, пожалуйста.
prt-req-ask-centers = В каких центрах удобно заниматься? Отметьте и нажмите «Готово».
prt-req-ask-days = В какие дни удобно? Отметьте и нажмите «Готово».
prt-req-ask-times = В какое время дня удобно? Отметьте и нажмите «Готово».
prt-req-ask-note = Хотите что-то добавить? Напишите примечание или нажмите «Без примечания».
prt-req-no-note = Без примечания
prt-req-note-invalid = Напишите примечание короче 500 знаков, пожалуйста.
prt-req-summary =
    Проверьте заявку:

    Курс: { $course }
    Сколько человек: { $people }
    Центры: { $centers }
    Дни: { $days }
    Время: { $times }
    Примечание: { $note }
prt-req-send = ✓ Отправить заявку
prt-req-sent = Заявка отправлена. Мы сообщим, когда библиотека её рассмотрит.
prt-req-new-staff = Новая заявка на группу от организации «{ $partner }», людей: { $people }.
prt-req-list = Заявки организаций на отдельные группы. Выберите заявку:
prt-req-list-none = Новых заявок нет.
prt-req-button = { $partner }, людей: { $people }
prt-req-card =
    Заявка от организации «{ $partner }» ({ $at })
    Контакт: { $contact }

    Курс: { $course }
    Сколько человек: { $people }
    Центры: { $centers }
    Дни: { $days }
    Время: { $times }
    Примечание: { $note }
prt-req-btn-accept = ✓ Открыть группу
prt-req-btn-decline = ✖ Отклонить
prt-req-gone = Этой заявки уже нет: её рассмотрели или она не для ваших центров.
prt-req-ask-reason = Почему отклоняете заявку организации «{ $partner }»? Выберите причину или напишите свою.
prt-req-reason-room = Нет свободного зала
prt-req-reason-teacher = Нет преподавателя на эти дни
prt-req-reason-dates = Неудобные дни, предложим другие
prt-req-reason-invalid = Напишите причину от 3 до 500 знаков, пожалуйста.
prt-req-declined-staff = Заявка отклонена. Представитель организации получит сообщение с причиной.
prt-req-declined = Вашу заявку на группу (курс «{ $course }») библиотека отклонила. Причина: { $reason }
prt-release-button = 🔓 Отдать свободные места общей очереди
prt-release-confirm =
    Отдать свободные места общей очереди? { $course }, { $center }.
    Свободно сейчас: { $free }. Их предложат людям из очереди центра по порядку, а не только людям организации. Вернуть группу организации потом нельзя.
prt-release-yes = 🔓 Да, отдать
prt-release-none = Эта группа уже открыта для всех.
prt-released = Свободные места отданы общей очереди. Предложено мест: { $offered }.
prt-released-rep = Библиотека открыла для всех свободные места группы для ваших людей: курс «{ $course }», { $center }. Ваши люди, которые уже в группе, остаются в ней.

## Partners: representatives in /help and on the card

prt-help-representative = Команды представителя организации:
prt-btn-remove-rep = ✖ Убрать представителя: { $name }
prt-remove-rep-confirm = Убрать из представителей организации «{ $partner }»: { $name }? Этот человек больше не увидит направленных.
prt-rep-removed = { $name } больше не представитель организации.
prt-rep-gone = Этого представителя уже нет.

## Partners: a representative fills a closed group with names

command-groups = Группы для наших людей
prt-groups-header = Группы, открытые по заявкам вашей организации:
prt-groups-none = Пока нет групп, открытых по вашим заявкам. Заявка на группу: /request
prt-group-line = { $course }, { $center }, начало { $start }. Свободно { $free } из { $capacity }.
prt-group-button = Записать людей в группу { $n }
prt-fill-pick = Кого записать? Здесь люди без Телеграма, которых вы записали командой /add; остальным бот сам предложит место.
prt-fill-none = Сейчас записать некого: в очереди на этот курс нет ваших людей без Телеграма. Людям с Телеграмом бот сам предлагает места. Записать человека: /add
prt-fill-full = Свободных мест нет.
prt-fill-add = ➕ { $name }
# One of theirs a seat of this group is already offered to (a librarian would call): putting them in takes it.
prt-fill-add-held = ➕ { $name } (место уже ждёт)
prt-fill-enrolled = { $name }: записали в группу.
prt-fill-full-now = Свободных мест уже нет.
prt-fill-gone = Этого человека уже нет в очереди или группа закрыта.

## Added in stop 18 (fixes from the probes and the walk)
prt-closed-request = Доступ вашей организации к боту закрыт, поэтому заявка не отправлена. Если это ошибка, свяжитесь с библиотекой.
prt-closed-add = Доступ вашей организации к боту закрыт, поэтому человек не записан. Если это ошибка, свяжитесь с библиотекой.

# fix34b (walk31 W31-07): on /referrals, how the library reaches each person: who gets the bot's messages, whom the organization tells itself.
# [relative] (walk40 L4): a relative linked the record to his own Telegram and reads its messages.
ref-reach = { $reach ->
        [telegram] Получает сообщения бота в Телеграме.
        [relative] Сообщения бота в Телеграме читает родственник.
        [phone] Без Телеграма: библиотека звонит по телефону.
       *[none] Без Телеграма и телефона: сообщайте человеку сами.
    }
