# fix30i: dates typed by staff (probe30 M1, walk30 W30-09).
# «📅 До другого дня» with a day already gone by ($date: «1 December»).
fix30i-hide-date-gone = { $date } has already passed. Type a day after today, for example "Monday" or 9.12.
# /change's preview (walk30 W30-09): those a message does not reach, as the result says them.
fix30i-told-calls = Without Telegram: { $calls } — the center's librarians will get a list of whom to call.
fix30i-told-in-person = Without a phone: { $count } — the center's librarians will be reminded to tell them in person.
