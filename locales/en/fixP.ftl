## /find: staff find a person, see their card, move them to another center (walk s21 W21-03, W21-13, W21-18;
## scenes/desk/find-person.ts). The search and the card's lines are /forgetperson's (desk.ftl).
command-find = Find a person: their place in line, move to another center
desk-find-search = Whom to find? Type the phone number or part of the name (for example, “Ivanova Maria”).
desk-find-card =
    { $person }

    What to do?
desk-find-move = 🏛 Move to another center
desk-find-move-course = 🏛 { $course }: another center
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
