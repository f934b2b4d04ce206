## Joining at a center already chosen (its card, a town of one center, a partner's center); Back from where a flow began

center-join-here = 📝 Join here
join-at-center = Joining at: { $center }.
join-chosen-center-closed = Sorry, this center is not taking sign-ups now: { $center }. Please choose another center.
join-already-here = You are already on the waiting list for "{ $course }" at this center: { $center }, place { $position }. Nothing else is needed.
join-already-waiting-elsewhere = You are already on the waiting list for "{ $course }": { $center }, place { $position }. Move to the center you chose ({ $chosen })? Your join date is kept.
join-already-move-here = 🏛 Move to the chosen center
