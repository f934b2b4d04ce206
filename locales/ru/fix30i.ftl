# fix30i: dates typed by staff (probe30 M1, walk30 W30-09).
# «📅 До другого дня» with a day already gone by ($date: «1 декабря»).
fix30i-hide-date-gone = { $date } уже прошло. Напишите день позже сегодняшнего, например «в понедельник» или 9.12.
# /change's preview (walk30 W30-09): those a message does not reach, as the result says them.
fix30i-told-calls = Без Телеграма: { $calls } — библиотекари центра получат список, кому позвонить.
fix30i-told-in-person = Без телефона: { $count } — библиотекари центра получат напоминание сказать лично.
