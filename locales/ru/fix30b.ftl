# Helper fix30b, round 30.

# /newclass: a first lesson that looks like a slip (walk29 W29-22). $when: «сегодня в 07:50»; $reasons: «через 2 часа, до открытия центра (10:00)».
fix30b-first-check = Первое занятие { $when } — { $reasons }. Верно?
fix30b-first-today = сегодня в { $time }
fix30b-first-day = { $date } в { $time }
fix30b-first-in-hours = через { $hours } { $hours ->
    [one] час
    [few] часа
   *[many] часов
    }
fix30b-first-in-minutes = через { $minutes } { $minutes ->
    [one] минуту
    [few] минуты
   *[many] минут
    }
fix30b-first-before-opening = до открытия центра ({ $opens })
fix30b-first-yes = Да, верно
fix30b-first-change = Изменить
fix30b-first-again-time = Хорошо, укажите другое время.
fix30b-first-again-dates = Хорошо, напишите даты занятий ещё раз.

