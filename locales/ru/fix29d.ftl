## Helper fix29d (round 29): people with no phone on staff cards

# A no-phone seat card (no-phone-task, no-phone-task-begun) once answered or closed, in every librarian's chat: the card
# as it was, then what happened (and who recorded it), as call-closed… for a card with a phone (walk29 W29-01).
no-phone-closed =
    { no-phone-task }

    { calls-status }

    { calls-answered-by }
no-phone-closed-begun =
    { no-phone-task-begun }

    { calls-status }

    { calls-answered-by }
no-phone-closed-plain =
    { no-phone-task }

    { calls-status }
no-phone-closed-plain-begun =
    { no-phone-task-begun }

    { calls-status }
