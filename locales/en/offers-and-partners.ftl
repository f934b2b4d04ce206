## fixO (session 21): offers, reminders, partners

# An alert (at most 200 characters): a class reminder answered after the lesson began (walk s21 W21-20).
rem-late-answer = The class of { $when } has begun; this reminder can no longer be answered.{ $inGroup ->
        [yes] {" "}You are still in the group.
       *[no] {""}
    } Late or could not come? Please call the library: { $phone }.

# A representative's /add: a seat of a library's group was offered to the person at once (walk s21 W21-22).
prt-add-seat-offered =
    Their turn has come already: there is a seat for this person in a group. { $center }, { $address }, { $room }.
    Lessons: { lessons-said }
    The seat is held until { $until }. The library will call them on the phone you gave. If the person is with you, they can call the library themselves: { $phone }.

# /referrals: an offer the librarians are phoning about (walk s21 W21-23).
prt-ref-offered-phone = Offered a seat: { $center }, answer by { $until }. { $telegram ->
        [yes] The bot cannot write to them, so the library is phoning
       *[no] No Telegram, so the library is phoning
    }{ $noAnswer ->
        [0] .
       *[other] {""}: no answer { $noAnswer ->
            [one] once
           *[other] { $noAnswer } times
        }. Please help the library reach them.
    } Library phone: { $phone }.

# /broadcast: the text with the line saying who writes must fit one message (probe s21 L8).
adm-bc-too-long-chars = Too long: with the line saying who writes, one message holds at most { $max } characters of text. Please shorten it.
