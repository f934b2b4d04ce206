# Task 38a: a relative reads a grandmother's messages (walk36 L2).
# Above every message about her lessons and seat, when the account reads for her: her name as the library wrote it.
whose-record = Запись на имя { $name }
# The linking question's second yes: the record is a relative's, her messages will come here.
link-btn-relative = Это мой родственник
# «Не приду ни на одно» with two first lessons: one give-up question; the other seat (walk36 L7).
fix38a-seat-kept = Место в группе «{ $course }» пока остаётся за вами. Отказаться от него можно в «Моё место в очереди».
