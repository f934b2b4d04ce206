# Two people on one phone (a couple's landline, a mother on her daughter's number): helper fixH, walk s21 W21-03.

# /add: the phone was registered before under another name (shown to library staff only).
add-same-person = Someone is already registered with this phone: { $names }. Is { $name } the same person?
add-same-yes = Yes, the same person
add-same-yes-name = Yes, it is { $name }
add-same-no = No, another person
# /add done: the course was added to someone registered before (by name or chosen).
add-done-known = This person was on the list already: the course was added to them, under the name { $name }.

# /import details file: a row added as another person on the phone of an earlier row.
imp-shares-phone = will be added as another person: the same phone as line { $of }

