## fixE (session 22): a librarian puts a person from the line into a group herself (walk s22 W22-12)

cls-putin-button = ➕ Add a person
cls-putin-pick-head = Add to the group "{ $short }". Next lesson: { $start }. Free seats: { $free }.
cls-putin-pick = Whom to add? People in line for this course, in order. ★ — a seat in this group is already offered to them.
cls-putin-nobody = Nobody is in line for this course. Put a person without Telegram in line first: /add.
cls-putin-person = { $place }. { $name }
cls-putin-person-held = ★ { $name }
cls-putin-person-elsewhere = { $name } (seat in another group)
cls-putin-confirm = Add { $name } to the group "{ $short }"? Their first lesson: { $start }.
cls-putin-ahead = { $ahead ->
        [0] This is the first person in line.
        [one] One person is ahead of them in line: you are adding them out of turn.
       *[other] { $ahead } people are ahead of them in line: you are adding them out of turn.
    }
cls-putin-offer-here = A seat in this group is already offered to this person.
cls-putin-offer-elsewhere = This person is offered a seat in another group: that offer closes and its seat goes to the next person.
cls-putin-telegram = The bot will tell them at once where and when their first lesson is.
cls-putin-phone = No Telegram: tell them yourself where and when their first lesson is.
cls-putin-yes = ✓ Add
cls-putin-done = Added to the group: { $name }.
cls-putin-full = The group has no free seat left. Nobody was added.
cls-putin-gone = This person is no longer in line for this course (enrolled, left or removed). Nobody was added.
cls-putin-no-lesson = The group has no lesson to come, or it is not yours. Nobody was added.
# The citizen's message: the library put them into a group.
cls-putin-told =
    The library has put you into a group! Course "{ $course }".
    First lesson: { $firstToday ->
        [yes] today at { $firstTime }
       *[no] { $first }
    }.
    Where: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }
# /newclass: nobody was offered a seat because the first lesson is too near.
cls-created-too-near = The group is created. Seats offered to people in line: 0 — the first lesson is less than 1.5 hours away: no seats were offered. Add people yourself: /classes → the group → ➕ Add a person.
# The confirmation, for a group already begun.
cls-putin-missed = The group has begun: { $missed } of { $lessons } lessons are over.

## probe37 (session 37): a second tap on «which group?» after «Can't come» was said (src/bot/features/cant-come.ts)

said-already = The librarian has already been told you will not come.

# A put-in confirmation pressed again after the person was put in or moved (src/bot/features/classes/put-in.ts).
putin-here = This person is in this group already. Nothing was changed.
