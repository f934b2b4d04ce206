## A typed «не смогу прийти» for one lesson does what the reminder's «Не смогу» does (walk29 W29-24)

cant-come-told = Мы сообщили библиотекарю, что вас не будет.
cant-come-unsure = Сможете прийти? Если нет, нажмите «{ $no }» или напишите «не смогу»: библиотекарь узнает, что вас не будет.
cant-come-seat-button = Не приду: { $course }
