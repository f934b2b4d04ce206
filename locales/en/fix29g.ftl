# fix29g: hidden and closed centers (walk29 W29-15, W29-16, W29-17).
staff-center-hidden-until = { $center } (⏸ hidden until { $date })
staff-center-hidden = { $center } (⏸ hidden from citizens)
