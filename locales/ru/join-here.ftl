## Joining at a center already chosen (its card, a town of one center, a partner's center); Back from where a flow began

center-join-here = 📝 Записаться сюда
join-at-center = Запись в центр: { $center }.
join-chosen-center-closed = К сожалению, этот центр сейчас не принимает записи: { $center }. Выберите, пожалуйста, другой центр.
