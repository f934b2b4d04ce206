# A paper list's note about a person, on their /find card (walk s22 W22-34).
desk-find-notes = Note from the list: { $notes }
adm-exp-col-notes = Note
