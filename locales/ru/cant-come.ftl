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

## A typed «не смогу прийти» for one lesson does what the reminder's «Не смогу» does (walk29 W29-24)

cant-come-told = Мы сообщили библиотекарю, что вас не будет.
cant-come-unsure = Сможете прийти? Если нет, нажмите «{ $no }» или напишите «не смогу»: библиотекарь узнает, что вас не будет.
cant-come-seat-button = Не приду: { $course }

## Joining when a seat is free at once: the offer comes right below «Готово» (walk29 W29-20)

join-done-seat-below =
    Готово! Вы в очереди на курс «{ $course }».
    Центр: { $center }.
    Ваше место в очереди: { $position }.
    Для вас уже есть место в группе: предложение в сообщении ниже. Ответить можно кнопкой или словами «да» или «нет».

## A text not understood right under a lesson reminder (walk29 W29-24)

unknown-text-reminder = Не получилось понять сообщение. Если не сможете прийти на занятие, напишите «не смогу»: мы предупредим библиотекаря. Остальное можно выбрать кнопками внизу экрана.

## fix40a (session 40): «О какой речь?» once a button under it was pressed (src/bot/features/cant-come.ts)

# The question's text is replaced by the answer: each lesson by its date, so it does not read as ahead once past.
cant-come-which-answered = Вы записаны в несколько групп. Вы ответили «Не приду»:

## fix41b (session 41)

# «Приду» after her «Не смогу» to a lesson (src/bot/features/reminders/answered.ts): the librarian was told she comes
# after all (walk40 M2); before, she was asked to phone.
rem-come-after-all = Хорошо, приходите! Мы передали библиотекарю.

# To the group's librarian, the twin of rem-absent-staff (src/domain/absence-notices.ts).
rem-came-after-all-staff = { $name } всё-таки придёт на занятие: { $course }, { $when }.
