## Joining at a center already chosen (its card, a town of one center, a partner's center); Back from where a flow began

center-join-here = 📝 Join here
join-at-center = Joining at: { $center }.
join-chosen-center-closed = Sorry, this center is not taking sign-ups now: { $center }. Please choose another center.
