## /find: staff find a person, see their card, move them to another center (walk s21 W21-03, W21-13, W21-18;
## scenes/desk/find-person.ts). The search and the card's lines are /forgetperson's (desk.ftl).
command-find = Find a person: their place in line, move to another center
desk-find-search = Whom to find? Type the phone number or part of the name (for example, “Ivanova Maria”).
desk-find-card =
    { $person }

    What to do?
desk-find-other-centers = Entries at other centers are moved or removed by their own librarians.
desk-find-move = 🏛 Move to another center
desk-find-move-course = 🏛 { $course }: another center
desk-find-leave = 🚪 Take off the list
desk-find-leave-course = 🚪 { $course }: take off the list
desk-leave-confirm = Take off the list? { $name }, course "{ $course }". The place in line will be lost. The person's other entries and data stay.
desk-leave-yes = ✅ Yes, take off
desk-leave-done =
    Done. { $name } is no longer on the list for "{ $course }".
    { $telegram ->
        [yes] A Telegram message was sent to the person.
       *[no] The person has no Telegram: nothing will be sent to them.
    }
# To the person with Telegram whom staff took off a course's list (src/domain/desk-move.ts).
desk-leave-notice = You are no longer on the list for "{ $course }": the library marked it as you asked. If this is a mistake, join again or call the library.
desk-find-forget = 🗑 Delete data
# A call list's button for a person no longer there (deleted) or not at this librarian's centers.
desk-find-gone = This person is not among the people registered at your centers: their data may have been deleted.
desk-move-where = Where to? { $name }, course “{ $course }”. Choose the town.
desk-move-same = The person is already on the list at this center. Choose another one.
desk-move-confirm =
    Move to another center?
    { $name }, course “{ $course }”
    New center: { $center }
    Place in line there: { $position }. It counts from the day they joined and is kept.
desk-move-yes = ✅ Yes, move
desk-move-done =
    Done. { $name } is now on the list at: { $center }. Place in line: { $position }.
    { $telegram ->
        [yes] The person was sent a message in Telegram.
       *[no] The person has no Telegram: tell them the new place by phone.
    }
desk-move-gone = This entry is no longer waiting: the person was offered a seat, left the list, or their data was deleted. Nothing was changed.
desk-move-closed = This center no longer takes people. Nothing was changed.
# To the person with Telegram whom staff moved (src/domain/desk-move.ts).
desk-move-notice = You have been moved to another center, as you asked. Course “{ $course }”: { $center }. Your place in line: { $position }.

# The closure call list (src/bot/features/calls/change-calls.ts): each person has a move button beside the tick.
calls-btn-move = 🏛 Move
calls-closure-hint = The person chose another center: press “🏛 Move” beside their name. Their place in line is kept.
