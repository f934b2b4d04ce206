## A typed yes a moment after a seat offer came (walk28 W28-18)

offer-sure-ask = Приду на «{ $course }», с { $from } — верно?
offer-sure-yes = Да, приду
offer-sure-no = Нет
offer-sure-kept = Хорошо. Предложение места ждёт вашего ответа: нажмите «Приду» или «Не смогу» под ним.

## What is typed about one entry (walk28 W28-24)

entry-all = « Все записи
cant-come-lesson = Ваше занятие: { $when }, { $room }.
cant-come-which = Вы записаны в несколько групп. О какой речь? Ближайшие занятия:
cant-come-seat-line = • «{ $course }»: { $when }
cant-come-no-seat = У вас пока нет места в группе, поэтому занятий нет. Ваши записи — в «Моё место в очереди».
cant-come-no-entry = Вы пока не записаны на курс, поэтому занятий нет. Записаться можно кнопкой «Записаться на курс» внизу экрана.
