# A paper list's note about a person, on their /find card (walk s22 W22-34).
desk-find-notes = Заметка из списка: { $notes }
adm-exp-col-notes = Заметка
