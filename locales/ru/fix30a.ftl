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
