## Menus
# Paging under long lists (rosters, /classes, /staff, /centers, /stats).
page-prev = ◀️ Предыдущие
page-next = Следующие ▶️
page-counter = Страница { $page } из { $pages }
cls-attendance-roster-changed = Список группы изменился: проверьте отметки ещё раз.
adm-stats-btn-centers = 🏢 Выбрать центр
