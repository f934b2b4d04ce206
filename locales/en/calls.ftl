## Calls: call tasks and call lists for people without Telegram

command-calls = Whom to call: the bot cannot write to them
calls-task =
    📞 Please call: a person without Telegram has a seat in a group.
    { $name }, { $phone }
    { $course }: { lessons-said }
    Where: { $center }, { $address }, { $room }
    The seat is held until { $until } (local time).{ calls-partner-calls }
calls-btn-accepted = ✓ Agreed, enrol
calls-btn-declined = ✗ Declined
calls-btn-no-answer = No answer
calls-btn-keep = Keep on the list
calls-btn-leave = Remove from the list
calls-decline-ask = The person declined. Keep them on the list for this course?
calls-status =
    { $status ->
        [accepted] ✅ Enrolled in the group.
        [declined] ✗ Declined: the seat is freed for the next person in line.
        [expired] ⌛ Time ran out: the seat is freed for the next person in line.
        [released] The offer was withdrawn: the group changed.
       *[cancelled] The person linked Telegram: the offer went to them there.
    }
calls-answered-by = Answer recorded by { $by }, { $at }.
calls-taken = { $by } has already answered this call.
calls-taken-nobody = This call needs no answer any more.
calls-no-answer-noted =
    Noted: no answer ({ $count ->
        [one] { $count } time
       *[other] { $count } times
    }). The seat is held until the offer ends; please call again.
calls-expired = Time ran out: the seat is freed for the next person in line.
calls-task-gone = This call no longer exists.
calls-list =
    📞 Tomorrow, { $date }, people without Telegram have lessons. Please call to remind them ({ $count ->
        [one] { $count } call
       *[other] { $count } calls
    }):
    { $list }{ $more ->
        [0] {""}
       *[other] {"\u000A"}…and { $more } more: /calls
    }
calls-list-mark = Mark calls
calls-list-title = 📞 Calls before lessons on { $date }: { $done } of { $count } done.
calls-list-empty = 📞 Calls before lessons on { $date }: nobody to call.
calls-list-hint = Tap a person once you have called: it then says "called". Tap again to take it off.
calls-list-back = ⬅ All calls
calls-title = 📞 Whom to call: the bot cannot write to them
calls-open-none = No seat offers are waiting for an answer.
calls-open-count =
    Waiting for an answer: { $count ->
        [one] { $count } seat offer
       *[other] { $count } seat offers
    }.
calls-task-line = • { $name }, { $phone }: { $course }, seat held until { $until }{ $noAnswers ->
        [0] {""}
       *[other] , no answer: { $noAnswers }
    }
calls-btn-answer = Answer: { $name }
calls-btn-today = Today ({ $date }): { $done } of { $count }
calls-btn-tomorrow = Tomorrow ({ $date }): { $done } of { $count }

## Linking Telegram: a person registered at the library opens the bot

link-start-button = 📋 The library already signed me up
link-share-ask = To find your record, press "Send my number" at the bottom of the screen. No need to type the number.
link-share-button = 📱 Send my number
link-not-own = This is someone else's number. Press "Send my number": Telegram then sends your own.
link-typed-phone = A typed number does not work: we need to be sure the number is yours. Press "Send my number" at the bottom of the screen.
link-not-found = We found no record with your number. If the library signed you up, please call the center: { $phone }. You can also sign up here: "Join a course".
link-found-intro = We found a record:
# Without "You": the record may be a relative's, and he has not said yet whose it is (walk40 L7).
link-found-entry =
    { $status ->
        [waiting] • On the list for "{ $course }" at { $center } since { $since }, place { $position }.
        [offered] • Offered a seat on "{ $course }" at { $center } (on the list since { $since }).
       *[enrolled] • Enrolled in a group of "{ $course }" at { $center }.
    }
link-found-ask = Is this you, or a relative whose messages you will read?
link-btn-yes = Yes, it's me
link-btn-no = No, not ours
link-done = Done! Messages about your course will now come here, in Telegram. Your place on the list is kept.
link-not-me = All right, nothing was changed. If you have questions, please call: { $phone }.
link-gone = This record is already linked or was deleted. If you have questions, please call: { $phone }.
link-on-list = You are already on the list through Telegram. To merge the records, please call the center: { $phone }.

## Schedule changes for people without Telegram (staff)

calls-change-move-lesson =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    A class has been moved: { $course }, was { $old }, now { $new }.
calls-change-shift-group =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    The group's schedule has changed: { $course }, lessons now { lessons-said }.
calls-change-cancel-lesson =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    A class is cancelled: { $course }, { $when }. The other classes go ahead as planned.
calls-change-cancel-last-lesson =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    A class is cancelled: { $course }, { $when }. It was the group's last class: the course is over.
calls-change-cancel-group =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    The group is cancelled: { $course }, { $center }. The person is back in line at their old place.

# A notice about a person (a call card, "can't come") edited in the librarian's chat once the person is forgotten (src/outbox/forget.ts).
outbox-notice-forgotten = Message removed: the person asked for their data to be deleted.
# The same for a daily call list that named the person (it names others too: they are in /calls).
outbox-list-forgotten = This call list changed: someone on it asked for their data to be deleted. The current list: /calls.

# A broadcast's people without Telegram are calls to make (walk s20 #29, src/domain/call-digests.ts).
calls-btn-who-to-call = 📞 Whom to call
calls-digest-broadcast =
    { $mix ->
        [both] { calls-digest-whom }. What to pass on:
        [told] { calls-digest-whom }. What to pass on:
       *[calls] 📞 Please call { calls-digest-who } and pass on the broadcast:
    }
    "{ $text }"
    { calls-digest-list }
calls-broadcast-list-title =
    📞 Please call them and pass on the broadcast ({ $done } of { $count } done):
    "{ $text }"
# People without Telegram waiting at a center that was hidden: calls for its librarians (walk s20 #46, src/domain/call-digests.ts).
calls-digest-closure =
    { calls-digest-whom }: the center is not taking people { $reopens ->
        [yes] until about { $date }
       *[other] for now
    } ({ $center }). Offer another center (they keep their place in line), waiting, or leaving the list.
calls-closure-list-title =
    📞 The center is not taking people for now ({ $center }). Call them and offer another center, waiting, or leaving the list ({ $done } of { $count } done):
# The same center takes people again: those phoned about its closing are phoned the good news (walk s21 #15).
calls-digest-reopen =
    { calls-digest-whom }: the center takes people again ({ $center }). Tell them their place in line is kept and there is nothing to do.
calls-reopen-list-title =
    📞 The center takes people again ({ $center }). Call them and say their place in line is kept ({ $done } of { $count } done):

## fix35b (walk34 W34-17): one owner of the call for a partner's person without Telegram. With a phone to dial, the
## library calls (its call card); with none, the partner, who is written to, tells her. The other is told, not asked.

# The end of the librarians' call card (calls-task, calls-task-begun and their -blocked) for a partner's person.
calls-partner-calls = { $referred ->
        [yes] {" "}Referred by “{ $partner }”: you call; the organization does not.
       *[no] {""}
    }
# The end of the librarians' card for a partner's person with no phone (no-phone-task, no-phone-task-begun).
calls-partner-tells = { $referred ->
        [yes] {" "}Referred by “{ $partner }”: they have been told and will tell the person about the seat.
       *[no] {""}
    }

# /groups: one of the partner's people a seat of this group is held for, whom the library is calling (a phone to dial).
fill-add-called = ➕ { $name } (seat held, the library is calling)

## fix36c (session 36): open requests to move to a group at another time of day, in /calls (src/bot/features/calls/move-wishes.ts)

calls-wishes = 🔁 Asking to move to a group at another time:
# One request: who, the course, the time of her group now and the time she asked for, since when.
calls-wish = • { $name }, { $course }: now in the { $from ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    } group, asks for the { $to ->
        [morning] morning
        [afternoon] afternoon
       *[evening] evening
    }{ $since ->
        [none] {""}
        [today] , since today
        [yesterday] , since yesterday
       *[other] , since { $since }
    }{ $seat ->
        [yes] . A seat is free
       *[no] {""}
    }
calls-wishes-more = And { $count } more { $count ->
        [one] request
       *[other] requests
    }: see “➕ Add a person” of the groups at those times.
calls-wishes-hint = { $buttons ->
        [yes] Where a seat is free, move the person with the button below. Where none is, the bot moves them itself once one is free, if they signed up for the course before everyone in line.
       *[no] The bot moves them itself once a seat is free, if they signed up for the course before everyone in line.
    }
calls-wish-btn = 🔁 Move: { $name }

## fix38c (session 38)

# To a partner's representatives: seats offered together (one group, one round) to several of their people with a phone
# but no Telegram; the library phones them. One person: partner-offer-called. src/domain/partners/no-phone-offers.ts.
# $names: one short name a line; $more: how many more were offered, not named here.
partner-offers-called =
    Some of your people have been offered seats in a group: “{ $course }”, { $center }. The library is phoning them; the answer is needed by { $until }. You need not do anything.
    { $names }{ $more ->
        [0] {""}
       *[other] {"\u000A"}And { $more } more: all the names are in /referrals.
    }

# /calls and a day's call list: people put in a group on the lesson's own day, told of it then at the desk or on the
# phone, so no call before it (walk36 L11): named while few, else counted. src/bot/features/calls/day-lines.ts.
calls-told-that-day = Put in a group on the day of the lesson and told of it then. No call needed: { no-phone-remind-who }.
