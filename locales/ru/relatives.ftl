# Words about someone else's entry («я дочь …, отпишите маму», «запишите бабушку»): the bot changes only the writer's own (walk30 W30-05).
relative-entry = Бот меняет только вашу собственную запись. Записать родственника или отписать его можно в библиотеке или по телефону программы: { $phone }. Если он записан через свой Телеграм, он может выйти из очереди и сам: кнопка «Моё место в очереди».

# Task 38a: a relative reads a grandmother's messages (walk36 L2).
# Above every message about her lessons and seat, when the account reads for her: her name as the library wrote it.
whose-record = Запись на имя { $name }
# The linking question's second yes: the record is a relative's, her messages will come here.
link-btn-relative = Это мой родственник
# «Не приду ни на одно» with two first lessons: one give-up question; the other seat (walk36 L7).
cant-come-seat-kept = Место в группе «{ $course }» пока остаётся за вами. Отказаться от него можно в «Моё место в очереди».

# Task 39a: the /find card of a record a relative linked to his own Telegram («Это мой родственник»).
find-relative = Читает родственник: сообщения о записи приходят ему в Телеграм.
