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
