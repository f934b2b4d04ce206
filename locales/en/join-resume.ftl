# /start or /help in the middle of a join (walk30 W30-03): the join is kept.
join-resume = You were signing up for "{ $course }"{ $where }: continue or start again?
join-resume-unnamed = You started signing up for a course{ $where }: continue or start again?
join-resume-step = (step { $step } of { $total })
join-resume-summary = (only checking and confirming is left)
join-continue = Continue
join-restart = Start again
join-kept = Your sign-up is not interrupted, your answers are kept. To go on, press "Continue".
