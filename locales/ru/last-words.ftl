## Last small findings of probe25 and fixX (helper fixQ, round 27)

# "Когда у меня занятие?" typed while waiting for several courses: the answer above a long list, in few words, so the
# message stays within 60 words (probe25 L5). The full answer is place-no-group-yet.
place-no-group-yet-short = Группы пока нет, бот напишет, когда будет место.

# "Где библиотека?" typed by someone signed up at several centers: one message for all of them, above the towns
# (probe25 L5). Their cards in full while they fit 60 words; else a line each (with the hours while they fit).
own-centers = Вы записаны в эти центры:
own-center-line = • { $name }, { $address }, телефон { $phone }, часы работы: { $hours }
own-center-line-short = • { $name }, { $address }, телефон { $phone }
