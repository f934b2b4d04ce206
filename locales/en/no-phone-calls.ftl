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

# The opening of a digest of calls (calls-digest-offer, -broadcast, -closure, -reopen, -course-pause, -course-resume):
# the people to call, and those with no phone to tell in person, only the parts that apply (walk29 W29-04).
# $mix: calls (only calls; also a digest queued before this), both, told (only people to tell in person). $away: yes for a center that stopped
# taking people (the person may not come in).
calls-digest-whom = { $mix ->
        [both] 📞 Please call { $count ->
            [one] { $count } person
           *[other] { $count } people
        }; tell { calls-digest-in-person }
        [told] 📌 Tell { calls-digest-in-person }
       *[calls] 📞 Please call { calls-digest-who }
    }
calls-digest-in-person = { $inPerson ->
        [one] { $inPerson } person
       *[other] { $inPerson } people
    } with no phone { $away ->
        [yes] if you meet them
       *[no] in person
    }
# Where the names are: phones while someone is to be called.
calls-digest-list = { $mix ->
        [told] The names are in the list.
       *[other] Phones are in the list.
    }
calls-digest-list-buttons = { $mix ->
        [told] The names and answer buttons are in the call list.
       *[other] Phones and answer buttons are in the call list.
    }
# A closed center's call list: a person with no phone is told if met (walk29 W29-15).
no-phone-line-closure = no phone, tell them if you meet them

# /calls: a day (today, tomorrow) with nobody to call before its lessons but people with no phone to remind in person
# (walk29 W29-06): named while few, else counted, as on the day's list (no-phone-remind).
calls-today-in-person = Today ({ $date }): no phone, remind in person: { no-phone-remind-who }
calls-tomorrow-in-person = Tomorrow ({ $date }): no phone, remind in person: { no-phone-remind-who }
no-phone-remind-who = { $named ->
        [yes] { $names }
       *[no] { $people ->
            [one] { $people } person
           *[other] { $people } people
        }
    }
