# Two people on one phone (a couple's landline, a mother on her daughter's number): helper fixH, walk s21 W21-03.

# /add: the phone was registered before under another name (shown to library staff only).
add-same-person = С этим телефоном уже записан человек: { $names }. { $name } — это тот же человек?
add-same-yes = Да, тот же человек
add-same-yes-name = Да, это { $name }
add-same-no = Нет, другой человек
# /add done: the course was added to someone registered before (by name or chosen).
add-done-known = Этот человек уже был в списке: курс добавлен ему, под именем { $name }.

# /import details file: a row added as another person on the phone of an earlier row.
imp-shares-phone = будет добавлен как другой человек: тот же телефон, что у строки { $of }

