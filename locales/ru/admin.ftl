## Admin: /stats
adm-stats-title = 📊 Статистика: { $scope }
adm-stats-scope-all = все центры
adm-stats-scope-mine = мои центры
adm-stats-col-center = Центр
adm-stats-col-course = Курс
adm-stats-col-waiting = Ждут
adm-stats-total = Всего ждут
adm-stats-col-week = Неделя
adm-stats-col-signups = Записи
adm-stats-col-enrolled = Зачисл.
adm-stats-median-wait = Ожидание до зачисления (медиана): { $days } дн.
adm-stats-offers = Приняли место: { $accepted } из { $made } ({ $rate })
adm-stats-no-show = Пропуски занятий: { $rate } ({ $absent } из { $expected })
adm-stats-completions = Закончили курс: { $n }
adm-stats-chart-waiting = Ждут по центрам
adm-stats-chart-weeks = Записи и зачисления за 8 недель
adm-stats-series-signups = Записались
adm-stats-series-enrolled = Зачислены
adm-stats-btn-all = Все центры
adm-stats-as-of = Данные на { $time } (обновляются раз в 10 минут)

## Admin: /broadcast
adm-bc-choose-audience = Кому отправить сообщение?
adm-bc-aud-group = Участникам группы
adm-bc-aud-center-enrolled = Всем, кто учится в центре
adm-bc-aud-center-waiting = Очереди центра
adm-bc-aud-all-waiting = Всем в очередях (все центры)
adm-bc-choose-center = Какой центр?
adm-bc-choose-group = Какая группа?
adm-bc-no-groups = В этом центре нет открытых групп. Выберите другой центр.
adm-bc-choose-course = Очередь на какой курс?
adm-bc-all-courses = Все курсы
adm-bc-ask-text = Напишите текст сообщения.
adm-bc-too-long = Слишком длинно: в одном сообщении не больше 4096 знаков. Сократите, пожалуйста.
adm-bc-preview-intro = Так сообщение увидят получатели:
adm-bc-preview-count = Получателей: { $total }. Отправить?
adm-bc-preview-count-blocked = Получателей: { $total }. Из них { $unreachable } заблокировали бота — им не придёт. Отправить?
adm-bc-no-recipients = В этой аудитории никого нет. Выберите другую.
adm-bc-confirm = ✓ Отправить
adm-bc-refused = Эта аудитория вам недоступна.
adm-bc-progress-start = Рассылка начинается…
adm-bc-progress = Рассылка: доставлено { $delivered } из { $total }, заблокировали бота { $blocked }, ошибок { $failed }.
adm-bc-progress-done = Рассылка завершена: доставлено { $delivered } из { $total }, заблокировали бота { $blocked }, ошибок { $failed }.
adm-bc-report =
    ✅ Рассылка завершена.
    Доставлено: { $delivered } из { $total }
    Заблокировали бота: { $blocked } (раньше: { $unreachable }, во время рассылки: { $newlyBlocked })
    Не доставлено из-за ошибок: { $failed }
