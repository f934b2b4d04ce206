## Desk: /add (a person who called or walked in, without Telegram)
command-add = Register a person without Telegram
desk-no-centers = You have no centers to register a person at.
desk-add-consent = Has the person signed the paper consent form for personal data at the center? Without a signed form the bot saves nothing.
desk-add-consent-partner = Has the person signed the paper consent form for storing their name and phone? Without a signed form the bot saves nothing.
desk-add-consent-yes = ✓ Yes, the form is signed
desk-add-consent-no = No, not yet
desk-add-no-consent = Nothing was saved. Ask the person to sign the consent form, then start again: /add
desk-add-name = Type the person's last and first name.
desk-add-name-invalid = A name should be 2 to 100 letters long. Please type it again.
desk-add-name-phone = Leave the phone number out of the name: it is the next question. Type only the name.
desk-add-phone = Type the person's phone number, for example 8 923 123-45-67 or 8 (3842) 58-12-34.
desk-add-phone-invalid = I could not read this number. Type it in full, with the area or mobile code, for example 8 923 123-45-67 or 8 (3842) 58-12-34.
desk-add-course = Which course?
desk-add-center = At which center?
desk-add-time = When would the person like to study?
desk-add-summary =
    Please check:
    Name: { $name }
    Phone: { $phone }
    Course: { $course }
    Center: { $center }
    Time: { $time }
    Consent: signed on paper
desk-add-confirm = ✓ Put on the waiting list
# Without the name and phone: they are in the messages just above, and this one stays after /forgetperson.
desk-add-done =
    Put on the list: “{ $course }”, { $center }. Place in line: { $position }.
    The person has no Telegram: when their turn comes, the library will call the phone you entered.
desk-add-done-known = This phone was on the list already: the course was added to the same person.
desk-add-already = { $status ->
    [offered] This phone has already been offered a seat for “{ $course }” ({ $center }). Nothing was changed.
    [enrolled] The person with this phone is already studying “{ $course }” ({ $center }). Nothing was changed.
   *[other] This phone is already on the waiting list for “{ $course }” ({ $center }): place { $position }. Nothing was changed.
}
# The same, to staff of another center or a partner's representative who did not refer the person: not where (walk s20 #40).
desk-add-already-elsewhere = A person with this phone is already on the list for "{ $course }". Nothing was changed. The library knows where.
desk-add-closed = This center or course no longer takes new entries. Nothing was saved.
# /add with the phone of someone who joined in Telegram (walk s20 #41): staff choose; partners are not asked.
desk-add-telegram-phone = Someone who joined in Telegram gave this phone. If it is them, they had better join the course themselves in the bot ("Join a course"): their invitation then comes in Telegram. Whoever you register here is invited by phone.
desk-add-telegram-phone-go-on = Register here anyway

## Desk: /forgetperson (a person asked to be forgotten)
command-forgetperson = Delete a person's data at their request
desk-forget-search = Whom to delete? Type the phone number or part of the name (for example, “Ivanova Maria”).
desk-forget-search-invalid = Type the phone number in full (for example, 8 923 123-45-67) or at least two letters of the name.
desk-forget-none = I found no one. Check the phone number or type part of the name differently.
desk-forget-none-mine = I found no one among the people registered at your centers. Check the phone number or type part of the name differently.
desk-forget-found = Found: { $count }. Choose the person:
desk-forget-found-more = More than { $count } found, the first { $count } are shown. To find the person sooner, type more of the name, or the phone. Or choose:
desk-forget-previous = ‹ Previous
desk-forget-next = Next ›
desk-forget-person = { $name }, { $phone }{ $telegram ->
    [yes] , uses Telegram
   *[no] {""}
}
desk-forget-no-phone = no phone
desk-forget-entry = • { $course }, { $center }: { $status ->
    [waiting] place in line { $position }
    [offered] offered a seat
    [enrolled] studying
    [completed] completed the course
    [left] left the list
   *[other] —
}
desk-forget-no-entries = • not on a waiting list now
desk-forget-confirm =
    Delete all data of this person?
    { $person }

    The name, phone and place in line will be deleted for good, as with /forget. This cannot be undone.
desk-forget-yes = 🗑 Yes, delete
desk-forget-done = The data was deleted. The place in line is free; only anonymous numbers remain in the statistics.
desk-forget-gone = This person's data has already been deleted.
