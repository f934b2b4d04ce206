## Menus
# Paging under long lists (rosters, /classes, /staff, /centers, /stats).
page-prev = ◀️ Предыдущие
page-next = Следующие ▶️
page-counter = Страница { $page } из { $pages }
cls-attendance-roster-changed = Список группы изменился: проверьте отметки ещё раз.
adm-stats-btn-centers = 🏢 Выбрать центр
# A staff list that named a person (a roster, attendance, calls), edited once the person is forgotten (src/domain/shown-views.ts).
view-closed-forgotten = Список закрыт: человек из него попросил удалить свои данные. { $command ->
    [digest] Откройте его снова кнопкой под сообщением об изменении.
   *[other] Открыть снова: { $command }
}
