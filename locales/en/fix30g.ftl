## fix30g: answered reminders (walk30 W30-07)

rem-answered-yes = ✓ You answered "I'll come".
rem-answered-no = You answered "Can't come".
