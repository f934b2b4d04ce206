## Menus
# Paging under long lists (rosters, /classes, /staff, /centers, /stats).
page-prev = ◀️ Previous
page-next = Next ▶️
page-counter = Page { $page } of { $pages }
cls-attendance-roster-changed = The group's list has changed: please check the marks again.
adm-stats-btn-centers = 🏢 Choose a center
# A staff list that named a person (a roster, attendance, calls), edited once the person is forgotten (src/domain/shown-views.ts).
view-closed-forgotten = This list was closed: someone on it asked for their data to be deleted. { $command ->
    [digest] Open it again with the button under the message about the change.
   *[other] Open it again: { $command }
}
