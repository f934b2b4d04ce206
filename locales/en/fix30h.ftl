# /start or /help in the middle of a join (walk30 W30-03): the join is kept.
fix30h-join-resume = You were signing up for "{ $course }"{ $where }: continue or start again?
fix30h-join-resume-unnamed = You started signing up for a course{ $where }: continue or start again?
fix30h-join-step = (step { $step } of { $total })
fix30h-join-summary = (only checking and confirming is left)
fix30h-join-continue = Continue
fix30h-join-restart = Start again
fix30h-join-kept = Your sign-up is not interrupted, your answers are kept. To go on, press "Continue".
