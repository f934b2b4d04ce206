## fix29i (session 29): a partner's people without a phone; held seats running out

# A representative's /add of a person with neither phone nor Telegram (walk29 W29-12): the partner is the way to them.
add-done-partner =
    Put on the list: “{ $course }”, { $center }. Place in line: { $position }.
    The person has neither a phone nor Telegram: when their turn comes, we will write to you, and you tell the person yourself.

# To a partner's representatives: a seat is offered to one of their people without a phone (walk29 W29-12).
partner-offer =
    There is a seat in a group for one of your people without a phone: { $name }, “{ $course }”, { $center }, { $address }, { $room }.
    Lessons: { lessons-said }
    The seat is held until { $until }. { $own ->
        [yes] Please tell the person yourself and put them in the group with /groups.
       *[no] Please tell the person yourself: they should come to the library or call it before then: { $phone }.
    }

# /referrals: an offer to someone with no phone (walk29 W29-12).
ref-offered-no-phone = Offered a seat: { $center }, answer by { $until }. No phone: please tell the person yourself{ $own ->
        [yes] {""} and put them in the group with /groups.
       *[no] : they should come to the library or call it: { $phone }.
    }

# To the center's librarians: a seat held for a person with no phone ran out (walk29 W29-23).
hold-ended = 📌 { $name } did not come in by the deadline: the seat in the “{ $course }” group is no longer held. The person is back in line, place { $position }. If they come in, find them with /find.

# The request's group is open and seats were offered at once to the partner's people already in line (walk29 W29-13).
# Who calls those without Telegram (walk34 W34-17): the library, on its call card; the partner only those with no phone.
req-accepted-offered =
    Your request was accepted! A group is open for your people: course "{ $course }", { $center }, starting { $start }.
    Seats are already offered to { $offered ->
        [one] { $offered } of your people
       *[other] { $offered } of your people
    } on the list: who and until when — /referrals. The library calls people without Telegram; tell those with no phone yourself: /groups.
    Sign up new people as before: your link (/link) or /add.

# To the center's librarians: a partner put one of its people into its group, so nobody needs to call them (walk29 W29-13).
partner-put-in = 📌 { $partner } put one of its people into the “{ $course }” group: { $name }. Nobody needs to call them.

# /export's "Telegram" column for a person with neither Telegram nor a phone (probe29 L4).
adm-exp-telegram-none = no, tell them in person
bc-nobody-in-telegram = Nobody will get this message in Telegram: { $unreachable } blocked the bot, { $phoneOnly } have no Telegram. Please call the people without Telegram; tell those with no phone either ({ $noPhone }) in person. Choose another audience.

# A Telegram join with the name of a person with no phone who has a seat there already (walk29 W29-23).
namesake-join = A person with the same name is already signed up for this course at this library. If that is you, you do not need a second seat: please tell the librarian. The librarians know and will check.
namesake-staff = 📌 Someone joined “{ $course }” in Telegram with the same name as { $name } (no phone, { $status ->
        [enrolled] already in the group
       *[other] a seat is held for them
    }). Please check whether it is the same person: /find.
