## Menus
# Paging under long lists (rosters, /classes, /staff, /centers, /stats).
page-prev = ◀️ Previous
page-next = Next ▶️
page-counter = Page { $page } of { $pages }
cls-attendance-roster-changed = The group's list has changed: please check the marks again.
adm-stats-btn-centers = 🏢 Choose a center
