# A librarian's call card once the call closed with nobody's answer (the offer ran out, the group changed, the person
# linked Telegram): the card as it was, then what happened, without its buttons (walk s22 W22-13).
call-closed-plain =
    { calls-task }

    { calls-status }
call-closed-plain-begun =
    { calls-task-begun }

    { calls-status }
