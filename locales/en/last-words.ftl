## Last small findings of probe25 and fixX (helper fixQ, round 27)

# "When is my class?" typed while waiting for several courses: the answer above a long list, in few words, so the
# message stays within 60 words (probe25 L5). The full answer is place-no-group-yet.
place-no-group-yet-short = No group yet. The bot will write when there is a seat.

# "Where is the library?" typed by someone signed up at several centers: one message for all of them, above the towns
# (probe25 L5). Their cards in full while they fit 60 words; else a line each (with the hours while they fit).
own-centers = You are signed up at these centers:
own-center-line = • { $name }, { $address }, phone { $phone }, opening hours: { $hours }
own-center-line-short = • { $name }, { $address }, phone { $phone }
