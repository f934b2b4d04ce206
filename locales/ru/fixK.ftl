# Helper fixK, round 22. W22-27: what a librarian leaves when her rights are taken away, and whom it goes to.
fixk-staff-revoke-groups = Открытых групп: { $count }. Их получит другой библиотекарь того же центра, а где его нет — вы. В сообщениях участникам вместо этого сотрудника будет назван новый библиотекарь или только телефон центра.
fixk-staff-revoke-calls = Ждут звонка: { $count }. Эти звонки видят в /calls другие библиотекари центра, а где их нет — вы.
fixk-staff-revoke-alone = Без библиотекаря останется: { $centers }. Пригласить нового: /staff
fixk-staff-revoked-groups = Передано групп: { $count }. Кому какие — в /classes.
fixk-staff-groups-given = Вам переданы группы, которые вела { $name }: { $count }. Они в /classes, звонки — в /calls.

# W22-26: /courses for coordinators.
command-courses = Курсы
fixk-crs-list = { $stopped ->
    [0] Курсов: { $total }. Выберите курс, чтобы изменить его, или добавьте новый.
   *[other] Курсов: { $total }, из них не предлагаются: { $stopped } (отмечены ⏸). Выберите курс, чтобы изменить его, или добавьте новый.
}
fixk-crs-btn-add = ➕ Добавить курс
fixk-crs-details =
    Название: { $titleRu }
    Коротко, для списков сотрудников: { $shortRu }
    Описание: { $descriptionRu }
    Название по-английски: { $titleEn }
fixk-crs-status-active = Жители видят курс и записываются на него.
fixk-crs-status-stopped = ⏸ Курс не предлагается: записаться на него и открыть новую группу нельзя. Люди в очереди сохраняют место.
fixk-crs-waiting = Ждут в очереди: { $count }
fixk-crs-btn-stop = ⏸ Перестать предлагать
fixk-crs-btn-start = ▶ Снова предлагать
fixk-crs-btn-stop-yes = ⏸ Да, перестать предлагать
fixk-crs-stop-confirm = Перестать предлагать курс «{ $title }»? Записаться на него и открыть новую группу будет нельзя, идущие группы продолжатся. Ждут в очереди: { $count }. Они сохранят место; бот напишет им, что набор приостановлен, а когда курс вернётся — что набор снова идёт.
fixk-crs-stop-paper = Из них без Телеграма: { $count }. Им бот написать не может: позвоните им сами, телефоны есть в /export.
fixk-crs-stopped = Курс больше не предлагается. Сообщили людям в очереди: { $told }.
fixk-crs-started = Курс снова предлагается. Сообщили тем, кому писали о паузе: { $told }.
fixk-crs-not-found = Такого курса нет.
fixk-crs-which-field = Что изменить в курсе «{ $title }»?
fixk-crs-field-titleRu = Название
fixk-crs-field-shortRu = Коротко
fixk-crs-field-descriptionRu = Описание
fixk-crs-field-titleEn = Название по-английски
fixk-crs-ask-titleRu = Напишите название курса, как его увидят жители. Например: Основы компьютерной грамотности
fixk-crs-ask-shortRu = Напишите одно-два слова для списков сотрудников. Например: Основы
fixk-crs-ask-descriptionRu = Напишите одной строкой, чему учит курс. Например: включить компьютер, мышь и клавиатура, файлы и папки
fixk-crs-ask-titleEn = Напишите название по-английски: его видят жители, которые выбрали английский язык. Например: Basic computer literacy
fixk-crs-text-invalid = Слишком коротко или слишком длинно. Напишите, пожалуйста, ещё раз.
fixk-crs-preview-new = Проверьте новый курс. Если всё верно, нажмите «Сохранить».
fixk-crs-preview-edit = Проверьте изменение и нажмите «Сохранить».
fixk-crs-created = Курс добавлен: жители уже видят его, когда выбирают курс.
fixk-crs-updated = Изменение сохранено.
fixk-crs-btn-card = Открыть карточку курса
fixk-crs-btn-list = ← К списку курсов
fixk-crs-paused-notice = Курс «{ $course }» пока не набирает новые группы. Ваше место в очереди сохранено: когда набор снова начнётся, мы напишем. Уйти из очереди можно кнопкой «🔢 Моё место в очереди».
fixk-crs-resumed-notice = Курс «{ $course }» снова набирает группы. Ваше место в очереди прежнее: когда для вас будет место в группе, мы напишем.

# W22-30: a librarian's /start says what she is (one made by her Telegram number may open the bot for the first time).
fixk-start-librarian = Вы библиотекарь: { $centers }.
fixk-staff-granted-start = Если сотрудник ещё не открывал бот, сообщение до него не дойдёт: попросите его открыть бот и нажать /start — бот скажет, что он библиотекарь.
fixk-join-course-closed = Курс «{ $course }» только что перестал набирать группы, записать вас на него не получилось. Выберите другой курс, остальные ответы сохранены.
