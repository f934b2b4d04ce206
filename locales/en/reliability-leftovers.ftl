# A staff chat's person card (/find, /forgetperson), edited once the person is forgotten (src/domain/shown-views.ts).
view-card-closed-forgotten = This card was closed: the person asked for their data to be deleted.
