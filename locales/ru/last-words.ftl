## Last small findings of probe25 and fixX (helper fixQ, round 27)

# "Когда у меня занятие?" typed while waiting for several courses: the answer above a long list, in few words, so the
# message stays within 60 words (probe25 L5). The full answer is place-no-group-yet.
place-no-group-yet-short = Группы пока нет, бот напишет, когда будет место.

# "Где библиотека?" typed by someone signed up at several centers: one message for all of them, above the towns
# (probe25 L5). Their cards in full while they fit 60 words; else a line each (with the hours while they fit).
own-centers = Вы записаны в эти центры:
own-center-line = • { $name }, { $address }, телефон { $phone }, часы работы: { $hours }
own-center-line-short = • { $name }, { $address }, телефон { $phone }


# The seat-offer call card (calls-task, calls-task-begun) of someone who has Telegram but blocked the bot and gave a
# phone (src/domain/offers.ts calls them instead): said so, not "without Telegram" (fixX's side finding). Separate
# keys, not a variable in calls-task: a card already waiting in the outbox has no such variable. The card once
# answered or closed: call-closed… with -blocked, as src/domain/call-tasks.ts closeCallCards names them.
calls-task-blocked =
    📞 Позвоните: для человека, который заблокировал бота, есть место в группе.
    { $name }, { $phone }
    { $course }: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until } (местное время).{ calls-partner-calls }
calls-task-begun-blocked =
    📞 Позвоните человеку, который заблокировал бота: есть место. Прошло одно занятие, библиотекарь поможет догнать.
    { $name }, { $phone }
    { $course }: { lessons-said }
    Где: { $center }, { $address }, { $room }
    Место держим до { $until } (местное время).{ calls-partner-calls }
call-closed-blocked =
    { calls-task-blocked }

    { calls-status }

    { calls-answered-by }
call-closed-begun-blocked =
    { calls-task-begun-blocked }

    { calls-status }

    { calls-answered-by }
call-closed-plain-blocked =
    { calls-task-blocked }

    { calls-status }
call-closed-plain-begun-blocked =
    { calls-task-begun-blocked }

    { calls-status }
