# fix29g: hidden and closed centers (walk29 W29-15, W29-16, W29-17).
staff-center-hidden-until = { $center } (⏸ hidden until { $date })
staff-center-hidden = { $center } (⏸ hidden from citizens)
desk-centers-hidden = Your center is hidden from citizens for now and takes no new people: { $centers }. You can register people there once the coordinator shows it again in /centers.
adm-ctr-btn-hide-1w = ⏸ Hide for a week
adm-ctr-btn-hide-date = 📅 Until another day
adm-ctr-hide-lessons = Hiding only stops sign-ups. The center's groups keep their lessons: move or cancel them in /change.
adm-ctr-hide-date-ask =
    From which day will the center take people again? Type the day, for example 9 December or 9.12.
    { $center }
adm-ctr-hide-date-unreadable = Could not read the day. Type it like 9 December, 9.12 or "Monday".
adm-ctr-hide-date-past = That day has come already. Type a day after today, for example 9.12.
adm-ctr-hide-date-far = That is more than a year away. Type a nearer day, or go back and choose "Term not known yet".
