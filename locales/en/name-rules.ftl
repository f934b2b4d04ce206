# helper fix28e: the one name rule (probe s28 L1), call lists of another center (L2), librarians without a name

join-name-marks = Please leave icons, ticks and signs such as = < > @ out of the name. Type only the name in letters, for example Anna Petrova. Or press "Cancel".
desk-add-name-marks = Leave icons, ticks and signs such as = < > @ out of the name: in lists they would pass for the bot's marks. Type only the name in letters, for example Anna Petrova.
imp-reason-name-marks = icons or signs in the name, letters only please
imp-reason-name-phone = a phone number in the name
calls-list-other-center = This call list is for the librarians of another center.
# A librarian added by her Telegram number who has not written to the bot since: no name yet.
staff-unnamed = { $id } (name not known yet)
staff-unnamed-line = name not known yet
