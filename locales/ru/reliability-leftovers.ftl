# A staff chat's person card (/find, /forgetperson), edited once the person is forgotten (src/domain/shown-views.ts).
view-card-closed-forgotten = Карточка закрыта: человек попросил удалить свои данные.
