## People with no phone and no Telegram (fix28d): registered at the desk or imported; told in person when they come in.

# /add: the phone step's button, and the summary's phone line.
no-phone-btn = No phone
no-phone-ask = Type the person's phone, for example 8 923 123-45-67 or 8 (3842) 58-12-34. If they have none, press "No phone".
no-phone-summary = none — we tell them in person
no-phone-add-done =
    Put on the list: “{ $course }”, { $center }. Place in line: { $position }.
    The person has neither a phone nor Telegram: when their turn comes, the center's librarians get a card with a deadline to answer: the seat is held until then. When the person comes in, tell them about the seat and the deadline.
no-phone-done-known = This person was on the center's list already: the course was added to them.
no-phone-already = { $status ->
    [offered] This person has already been offered a seat for “{ $course }” ({ $center }). Nothing was changed.
    [enrolled] This person is already studying “{ $course }” ({ $center }). Nothing was changed.
   *[other] This person is already on the waiting list for “{ $course }” ({ $center }): place { $position }. Nothing was changed.
}
# A seat offer's card, as calls-task, for someone with nothing to dial.
no-phone-number = no phone — tell them when they come in
no-phone-task =
    📌 A person with neither a phone nor Telegram has a seat in a group.
    { $name }, { no-phone-number }
    { $course }: { lessons-said }
    Where: { $center }, { $address }, { $room }
    The seat is held until { $until } (local time).{ calls-partner-tells }
no-phone-task-begun =
    📌 A free seat. One lesson was held; we help them catch up.
    { $name }, { no-phone-number }
    { $course }: { lessons-said }
    Where: { $center }, { $address }, { $room }
    The seat is held until { $until }.{ calls-partner-tells }
# /calls: the phone's place on an open offer's line.
no-phone-line = no phone, tell them in person
# The lesson and change call lists: people with nothing to dial, to tell in person (named while few, else counted).
no-phone-remind = No phone, remind in person: { $named ->
    [yes] { $names }
   *[no] { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
}
no-phone-tell = No phone, tell in person: { $named ->
    [yes] { $names }
   *[no] { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
}
# The daily list when everyone on it has no phone (nothing to call).
no-phone-list-only =
    📌 Tomorrow, { $date }, people with neither a phone nor Telegram have lessons.
    { $remind }
no-phone-change-move-lesson =
    📌 A class has been moved: { $course }, was { $old }, now { $new }.
    { no-phone-tell }
no-phone-change-shift-group =
    📌 The group's schedule has changed: { $course }, lessons now { lessons-said }.
    { no-phone-tell }
no-phone-change-cancel-lesson =
    📌 A class is cancelled: { $course }, { $when }. The other classes go ahead as planned.
    { no-phone-tell }
no-phone-change-cancel-last-lesson =
    📌 A class is cancelled: { $course }, { $when }. It was the group's last class: the course is over.
    { no-phone-tell }
no-phone-change-cancel-group =
    📌 The group is cancelled: { $course }, { $center }. The people are back in line at their old places.
    { no-phone-tell }
# /change done: people without a phone are told in person, not called.
no-phone-chg-done = Without a phone: { $count } — the center's librarians were asked to tell them in person.
# /import: rows with an empty phone are people with no phone; the preview and the result count them.
no-phone-import = Without a phone: { $count } — told in person when their turn comes.
