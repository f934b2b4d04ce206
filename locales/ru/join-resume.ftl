# /start or /help in the middle of a join (walk30 W30-03): the join is kept.
join-resume = Вы записывались на курс «{ $course }»{ $where }: продолжить или начать заново?
join-resume-unnamed = Вы начали запись на курс{ $where }: продолжить или начать заново?
join-resume-step = (шаг { $step } из { $total })
join-resume-summary = (осталось проверить и подтвердить)
join-continue = Продолжить
join-restart = Начать заново
join-kept = Запись на курс не прервана, ответы сохранены. Чтобы продолжить, нажмите «Продолжить».
