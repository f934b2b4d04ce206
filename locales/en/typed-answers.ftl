# Helper fixC, round 21: a citizen who types, speaks or sends stickers instead of tapping.

# A voice message, audio or a video note (walk s21 W21-08). $hint: what the question or the menu takes.
not-heard-voice = The bot does not listen to voice messages. { $hint } If you would rather talk, call { $phone }
not-heard-sticker = The bot does not understand stickers. { $hint } If you would rather talk, call { $phone }
not-heard-menu = Choose what you need with the buttons at the bottom of the screen, or type it in words.

# "My place in line" of a person enrolled in a group: when the next lesson is, the room and the library's address (walk s21 W21-10).
place-next-lesson-address = Next lesson: { $when }, { $room }. Address: { $address }.

# The join summary of a second course after the name was changed: one name for all the person's entries (walk s21 W21-02).
join-summary-renames = You have one name for all your sign-ups: it will change for { $courses } too.
join-summary-course = "{ $course }"

# Help: how to sign up a relative who has no Telegram (walk s21 W21-01). -here: under the program's phone.
help-relative-phone = Relatives without Telegram: sign up at a library or call the program: { $phone }
help-relative-here = Relatives without Telegram: sign up at a library or call this number.

# A shared location farther than 300 km from every center (probe s21 L7); the towns are asked again below it.
location-far-away = It looks like you are not in Kuzbass: the nearest center is over 300 km away. Choose a town.

# A voice message or a sticker at the phone step (walk s21 W21-08).
join-phone-not-heard-voice = The bot does not listen to voice messages. Type the number, for example 8 900 123-45-67, or press "Send my phone number" at the bottom of the screen.
join-phone-not-heard-sticker = The bot does not understand stickers. Type the number, for example 8 900 123-45-67, or press "Send my phone number" at the bottom of the screen.

## fix30g: answered reminders (walk30 W30-07)

rem-answered-yes = ✓ You answered "I'll come".
rem-answered-no = You answered "Can't come".

## A question typed under a seat offer (walk30 W30-11)

unknown-text-offer-ask = { $librarianKnown ->
    [yes] For questions call { $librarian }, { $phone }.
   *[no] For questions call { $phone }.
}
