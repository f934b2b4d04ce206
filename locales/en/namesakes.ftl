# fix29e (probe29 M1, L1; walk29 W29-02): namesakes without a phone, and a phone added to a card later.

no-phone-namesake-courses = { $count ->
    [0] no courses
   *[other] { $courses }
}
no-phone-namesake-ask = This center already has { $name }, no phone ({ $courses }). Is this the same person?
no-phone-namesake-ask-many =
    This center already has people with no phone named { $name }:
    { $list }
    Is this one of them?
no-phone-namesake-yes = Yes, the same person
no-phone-namesake-yes-which = Yes, the one with: { $courses }
no-phone-namesake-no = No, another person

# /import: a row without a phone with the name of someone at its center goes to them: said, not silently (probe29 M1).
imp-namesake-known = no phone: someone of this name is registered at this center already, the course goes to them; if this is another person, register them with /add
imp-namesake-of = no phone: the same name as on line { $of }, so one person; if this is another person, register them with /add
imp-namesake-on-list = no phone: someone of this name is on the list for this course at this center already; if this is another person, register them with /add
imp-namesake-head = No phone, with the name of someone at this center already (the course goes to them):
imp-namesake-line = line { $line }{ $who }{ $of ->
    [0] {""}
   *[other] , as on line { $of }
}
imp-namesake-what = If this is another person, register them with /add: the bot asks whether it is the same person.

# /find: a phone for a person registered without one (walk29 W29-02).
find-add-phone = 📞 Add a phone
find-add-phone-ask = { $name }: type the phone for the card, for example 8 923 123-45-67. It may be a relative's phone: after pressing "The library already signed me up" in the bot, the relative gets the messages for this person.
find-add-phone-done = Phone added: { $name }, { $phone }. Now "The library already signed me up" in the bot with this number finds the record. A relative answers the bot's question with "It's my relative".
find-add-phone-has = This person has a phone already. Open the card again: /find.
find-add-phone-same-name = Someone with the same name is already registered with { $phone }: { $name }, and both are on the list for one course. Nothing was changed. If this is one person, take the extra entry off the list with /find and add the phone again.
find-add-phone-joined = Someone with the same name was already registered with { $phone }: { $name }. This is one person: their entries are on one card now. "The library already signed me up" in the bot with this number finds it.
# The link step («Send my number») answered in words, as a grandson for his grandmother.
link-for-someone-else = We look records up by phone number. If the library registered a relative without a phone, such as your grandmother, ask the librarian to add your number to the relative's card. Then press "Send my number" at the bottom of the screen. If the library registered you, press it now.
# A namesake's button in /find and /forgetperson, when only the place tells them apart (probe29 L1).
pick-namesake-place = { $status ->
    [waiting] place { $position }
    [offered] seat offered
   *[other] in a group
}
