# fix30i: dates typed by staff (probe30 M1, walk30 W30-09).
# «📅 До другого дня» with a day already gone by ($date: «1 December»).
fix30i-hide-date-gone = { $date } has already passed. Type a day after today, for example "Monday" or 9.12.
