## Joining at a center already chosen (its card, a town of one center, a partner's center); Back from where a flow began

center-join-here = 📝 Записаться сюда
join-at-center = Запись в центр: { $center }.
join-chosen-center-closed = К сожалению, этот центр сейчас не принимает записи: { $center }. Выберите, пожалуйста, другой центр.
join-already-here = Вы уже в очереди на курс «{ $course }» в этом центре: { $center }, место { $position }. Ничего делать не нужно.
join-already-waiting-elsewhere = Вы уже в очереди на курс «{ $course }»: { $center }, место { $position }. Перейти в выбранный центр ({ $chosen })? Время записи сохранится.
join-already-move-here = 🏛 Перейти в выбранный центр
