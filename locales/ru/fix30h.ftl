# /start or /help in the middle of a join (walk30 W30-03): the join is kept.
fix30h-join-resume = Вы записывались на курс «{ $course }»{ $where }: продолжить или начать заново?
fix30h-join-resume-unnamed = Вы начали запись на курс{ $where }: продолжить или начать заново?
fix30h-join-step = (шаг { $step } из { $total })
fix30h-join-summary = (осталось проверить и подтвердить)
fix30h-join-continue = Продолжить
fix30h-join-restart = Начать заново
fix30h-join-kept = Запись на курс не прервана, ответы сохранены. Чтобы продолжить, нажмите «Продолжить».
