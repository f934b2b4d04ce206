## fix30g: answered reminders (walk30 W30-07)

rem-answered-yes = ✓ Вы ответили «Приду».
rem-answered-no = Вы ответили «Не смогу».
