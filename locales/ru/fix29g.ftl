# fix29g: hidden and closed centers (walk29 W29-15, W29-16, W29-17).
staff-center-hidden-until = { $center } (⏸ скрыт до { $date })
staff-center-hidden = { $center } (⏸ скрыт от жителей)
desk-centers-hidden = Ваш центр сейчас скрыт от жителей и не принимает записи: { $centers }. Записать человека туда можно, когда координатор снова покажет центр в /centers.
