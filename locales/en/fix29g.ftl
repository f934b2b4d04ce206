# fix29g: hidden and closed centers (walk29 W29-15, W29-16, W29-17).
staff-center-hidden-until = { $center } (⏸ hidden until { $date })
staff-center-hidden = { $center } (⏸ hidden from citizens)
desk-centers-hidden = Your center is hidden from citizens for now and takes no new people: { $centers }. You can register people there once the coordinator shows it again in /centers.
