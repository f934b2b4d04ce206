# /calls lists every call list with calls still to make, not only put-ins (task28 fixF, src/bot/features/calls/menus.ts):
# a line a kind of list, how many people to call on its lists; a button a list, opening it below.
calls-lists-line =
    { $kind ->
        [change] Group schedules changed
        [closedays] A center closed for some days, lessons cancelled
        [broadcast] Broadcasts to pass on by phone
        [closure] A center stopped taking people
        [reopen] A center takes people again
        [coursepause] A course is not starting groups for now
       *[courseresume] A course starts groups again
    }. To call: { $count } { $count ->
        [one] person
       *[other] people
    }.
calls-btn-list =
    📋 { $kind ->
        [change] Schedule: { $course }, { $center }
        [closedays] Center closed for some days: { $center }
        [broadcast] Broadcast: { $text }
        [closure] Center closed: { $center }
        [reopen] Center open again: { $center }
        [coursepause] Not starting groups: { $course }, { $center }
       *[courseresume] Starting groups again: { $course }, { $center }
    }: called { $done } of { $count }
# More lists than get a button: the oldest are left out until the newer ones are done.
calls-lists-more =
    { $count } older { $count ->
        [one] list does
       *[other] lists do
    } not fit: { $count ->
        [one] it shows
       *[other] they show
    } here once these are done.

# A librarian's flow waited on a person's card (/find, /forgetperson, /add) that was closed because that person's data
# was deleted: what she sends next ends the flow with this (scenes/shared/question-presses.ts endIfClosed).
question-card-closed = This card is closed: the person's data was deleted, so you cannot go on with it.
