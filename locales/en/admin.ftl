## Admin: /stats
adm-stats-title = 📊 Statistics: { $scope }
adm-stats-scope-all = all centers
adm-stats-scope-mine = my centers
adm-stats-col-course = Course
adm-stats-col-waiting = Wait
adm-stats-total = Waiting in all
adm-stats-col-week = Week of
adm-stats-col-signups = Joined
adm-stats-col-enrolled = Enrolled
adm-stats-median-wait = Wait until enrollment, median: { $days } { $days ->
        [one] day
       *[other] days
    }
adm-stats-median-none = Wait until enrollment: nobody to count yet.
adm-stats-offers = Seats accepted: { $accepted } of { $made } offered ({ $rate })
# Added to the line above when offers are open now.
adm-stats-offers-pending = , still to answer: { $n }
adm-stats-no-show = Missed lessons: { $rate } ({ $absent } { $absent ->
        [one] absence
       *[other] absences
    } in { $expected } expected { $expected ->
        [one] attendance
       *[other] attendances
    })
adm-stats-completions = Finished a course, all time: { $n }
adm-stats-chart-waiting = Waiting per center
adm-stats-chart-weeks = Sign-ups and enrollments, 8 weeks
adm-stats-series-signups = Signed up
adm-stats-series-enrolled = Enrolled
adm-stats-btn-all = All centers

## Admin: /broadcast
# What a citizen gets from /broadcast: who writes (a center in the reader's language, or the program), then the text (walk s20 #30).
bc-message-from =
    📢 { $from }:
    { $text }
bc-message-program =
    📢 Tvoy Kurs:
    { $text }
adm-bc-choose-audience = Who should get the message?
adm-bc-aud-group = Participants of a group
adm-bc-aud-center-enrolled = Everyone studying at a center
adm-bc-aud-center-waiting = A center's waiting list
adm-bc-aud-all-waiting = Everyone waiting (all centers)
adm-bc-choose-center = Which center?
adm-bc-choose-group = Which group?
adm-bc-no-groups = This center has no open groups. Choose another center.
adm-bc-no-centers-group = None of your centers has an open group yet. Choose other recipients.
adm-bc-no-centers-center-enrolled = Nobody is studying at any of your centers yet. Choose other recipients.
adm-bc-no-centers-center-waiting = Nobody is waiting at any of your centers yet. Choose other recipients.
adm-bc-choose-course = The waiting list for which course?
adm-bc-all-courses = All courses
adm-bc-ask-text = Write the text of the message.
adm-bc-preview-intro = This is how recipients will see it:
adm-bc-preview-english = Chose English: { $english }. They get this same text; to add a translation, press "Back".
adm-bc-no-recipients = Nobody is in this audience. Choose another one.
adm-bc-confirm = ✓ Send
adm-bc-refused = You cannot send to this audience.
adm-bc-progress-start = The broadcast is starting…
adm-bc-progress-done = Broadcast finished. The summary is in the message below.

## Admin: /centers
adm-ctr-list = Centers: { $total }{ $inactive ->
        [0] {""}
       *[other] {" "}(inactive: { $inactive }, marked ⏸ and hidden from citizens)
    }. Choose a center or add a new one.
adm-ctr-list-no-en = Without an English name or opening hours: { $count } (marked 🔤). English speakers read them transliterated; to add them: the center → "Edit a field" → "English words".
adm-ctr-btn-add = ➕ Add a center
adm-ctr-btn-edit = ✏️ Edit a field
adm-ctr-btn-deactivate = ⏸ Hide from citizens
adm-ctr-btn-reactivate = ▶️ Show again
adm-ctr-hide-confirm =
    Hide the center from citizens? For how long?
    { $center }
    { $count ->
        [0] Nobody waits in its line.
       *[other] Waiting in its line: { $count }. We will tell them at once that the center takes no new people and offer to wait or choose another center; librarians will call those without Telegram. They keep their place.
    }
    With a term, we tell people the day the center plans to take them again, and remind you that day to show it again.
adm-ctr-btn-hide-yes = ⏸ Term not known yet
adm-ctr-btn-announce = 📣 Tell those waiting in the town: { $count }
adm-ctr-announce-confirm =
    Tell the people waiting at the town's other centers that they can take classes here?
    { $center }
    Messages to send: { $count }. Moving or staying is their choice; if they move, their place counts from the day they joined.
adm-ctr-btn-announce-yes = 📣 Yes, tell them
adm-ctr-announced = Told: { $count }.
adm-ctr-announced-before = These people were told about this center already.
adm-ctr-btn-save = ✓ Save
adm-ctr-details =
    { $name }
    Town: { $town }
    Address: { $address }
    Point on the map: { $location }
    Phone: { $phone }
    Opening hours: { $hours }
    Time zone: { $timeZone }
adm-ctr-status-active = Status: open, visible to citizens
adm-ctr-status-inactive = Status: ⏸ hidden from citizens
adm-ctr-waiting = Waiting in line: { $count }
adm-ctr-librarians = Librarians: { $count }
adm-ctr-no-librarians = No librarians: the coordinator opens its groups and phones its people without Telegram. To add a librarian: /staff
adm-ctr-not-found = There is no such center.
adm-ctr-deactivated = The center is hidden from citizens and takes no new people. People waiting there were offered another center: { $told }.
adm-ctr-reactivated = The center is visible to citizens again. People told it had closed who still wait there were told it is open: { $told }.
adm-ctr-unchanged = Already done.
adm-ctr-which-field = What do you want to change? Center: { $name }.
adm-ctr-field-name = Name
adm-ctr-field-town = Town
adm-ctr-field-address = Address
adm-ctr-field-location = Point on the map
adm-ctr-field-phone = Phone
adm-ctr-field-hours = Opening hours
adm-ctr-field-timeZone = Time zone
adm-ctr-ask-name = What is the center called?
adm-ctr-ask-town = In which town? Choose one or type its name.
adm-ctr-ask-address = What is the address? For example: ul. Lenina, 5
adm-ctr-ask-location = Where is the center on the map? Press the button below and pick a point, or type the coordinates, for example: 55.35, 86.08
adm-ctr-location-button = 📍 Pick a point on the map
adm-ctr-location-invalid = Could not read the coordinates. Type the latitude and longitude separated by a comma, for example: 55.35, 86.08
adm-ctr-location-got = Point: { $location }
adm-ctr-ask-phone = What is the center's phone number?
adm-ctr-phone-invalid = This does not look like a phone number. For example: +7 3842 36-42-90
adm-ctr-ask-hours = Opening hours? For example: Mon–Fri 10:00–19:00
adm-ctr-text-invalid = Use 2 to 200 characters. Please type it again.
adm-ctr-ask-time-zone = The center's time zone?
adm-ctr-tz-default = { $tz }, usual
adm-ctr-preview-new = Check the new center:
adm-ctr-preview-edit = Check the changes:
adm-ctr-created = ✅ The center is added.
adm-ctr-updated = ✅ The changes are saved.

## Admin: /export
adm-exp-waitlist-caption = Waiting list: { $count } { $count ->
        [one] row
       *[other] rows
    }. Opens in Excel and LibreOffice.
adm-exp-enrollments-caption = Enrollments: { $count } { $count ->
        [one] row
       *[other] rows
    }.
adm-exp-col-center = Center
adm-exp-col-course = Course
adm-exp-col-status = Status
adm-exp-col-joined-at = Joined at
adm-exp-col-position = Place in line
adm-exp-col-time = Preferred time
adm-exp-col-name = Name
adm-exp-col-phone = Phone
adm-exp-col-telegram = Telegram
adm-exp-telegram-yes = yes
adm-exp-telegram-no = no, phone them
adm-exp-telegram-blocked = blocked the bot, phone them
adm-exp-col-group = Group
adm-exp-col-enrolled-at = Enrolled at
adm-exp-col-completed-at = Completed at
adm-exp-status-waiting = waiting
adm-exp-status-offered = seat offered
adm-exp-status-enrolled = enrolled
adm-exp-status-completed = completed
adm-exp-status-left = left the list
adm-exp-status-forgotten = data deleted
adm-ctr-no-changes = Nothing has changed.

## Admin: /import (the paper waiting list)

imp-send-file = Send the waiting list file: CSV or XLSX as Excel saves it (up to { $mb } MB). Columns needed: name, phone, course, center, date joined. Everyone on the list must have signed the paper consent form: the bot will ask. Nothing is written until you confirm.
imp-send-file-hint = Please send a file (paperclip → File) or tap Cancel.
imp-file-empty = The file is empty. Send another file or tap Cancel.
imp-file-too-large = The file is larger than { $mb } MB. Split it and send the parts one by one.
imp-file-not-a-table = This does not look like a CSV or XLSX table. Save the list in Excel as "CSV" or "Excel Workbook" and send it again.
imp-file-too-many-rows = The file has more than 20,000 people. Split it and send the parts one by one.
imp-file-unreadable = The file could not be read. Save it in Excel again and send it again.
imp-file-columns = Columns not found: { $missing }. Check the header row and send the file again.
imp-field-name = name
imp-field-phone = phone
imp-field-course = course
imp-field-center = center
imp-field-joinedAt = date joined
imp-field-timeOfDay = time of day
imp-field-notes = notes
imp-columns = { $format } file, { $rows } data rows. Columns read as:
imp-column = "{ $header }" → { $field }
imp-columns-ignored = Not used: { $headers }
imp-consent = Has everyone in this file signed the paper consent form? Without it the bot will not save them.
imp-consent-yes = ✓ Yes, everyone
imp-consent-no = No
imp-no-consent = Nothing was saved. Collect the signed consent forms, then send the file again: /import. Remove anyone without a form from the file.
imp-match-center = Is the center "{ $text }" { $label }? { $rows ->
        [one] It is { $rows } row.
       *[other] It is { $rows } rows.
    }
imp-match-course = Is the course "{ $text }" "{ $label }"? { $rows ->
        [one] It is { $rows } row.
       *[other] It is { $rows } rows.
    }
imp-match-yes = ✅ Yes, { $rows ->
        [one] for this row
       *[other] for all rows: { $rows }
    }
imp-match-other-course = 🔁 No, another course
imp-match-other-center = 🔁 No, another center
imp-match-pick-course = Which course is "{ $text }"?
imp-match-pick-center = Which center is "{ $text }"?
imp-match-texts-sep = {"\", \""}
imp-match-no = ❌ No, { $rows ->
        [one] skip this row
       *[other] skip these rows
    }
imp-preview = Check before writing. Rows in the file: { $rows }.
    To add: { $toAdd }
    Already on the list (same phone and course): { $onList }
    Imported before: { $importedBefore }
    Repeated in the file: { $duplicates }
    Rejected: { $rejected }
imp-file-seen-before = This file was already imported on { $date }.
imp-rejected-more = …and { $count } more, all in the file above.
imp-details-caption = Rows that will not be added, with the reasons.
imp-details-line = Line
imp-details-reason = Reason
imp-details-value = Value
imp-reason-no-name = no name
imp-reason-no-phone = no phone
imp-reason-bad-phone = phone not understood
imp-reason-no-date = no date joined
imp-reason-bad-date = date joined not understood
imp-reason-future-date = date joined in the future
imp-reason-unknown-course = unknown course
imp-reason-unknown-center = unknown center
imp-reason-other-center = not your center: pass the row to that library or to the coordinator
imp-reason-match-declined = name not confirmed
imp-reason-on-list = already on the list
imp-confirm-earlier = ✅ Correct the join dates
imp-done-earlier = Place by the file's date: { $count }.
imp-reason-on-list-earlier = already on the list; the place will count from the file's date
imp-reason-imported-before = imported before
imp-reason-duplicate-in-file = repeats line { $of }
imp-confirm = ✅ Write { $count }
imp-nothing-to-add = Nothing to add; the list is unchanged.
imp-done = Done. Added to the list: { $added }. Already there: { $already }. Rejected: { $rejected }. Places follow the date joined; consent is recorded as signed on paper at the center.

## Centers: English words, time zones in words

adm-ctr-field-en = English words
adm-ctr-ask-en-name = The center's name in English? In Russian: { $ru }. For example: Central City Library
adm-ctr-ask-en-town = The town in English? In Russian: { $ru }. For example: Kemerovo
adm-ctr-ask-en-address = The address in Latin letters? In Russian: { $ru }. For example: 5 Lenina St
adm-ctr-ask-en-hours = Opening hours in English? In Russian: { $ru }. For example: weekdays 10:00–19:00
adm-ctr-ask-en-now = Add the English words for people who chose English? You can also add them later.
adm-ctr-btn-en-now = Add now
adm-ctr-btn-en-later = Later (transliterated until then)
adm-ctr-en-cyrillic = Latin letters are needed here: people who chose English read this text.
adm-ctr-details-en = In English: { $name }; { $town }; { $address }; { $hours }
adm-ctr-details-no-en = In English: not given (English speakers read the Russian words in Latin letters).
tz-kuzbass = Kuzbass time (UTC+7)
tz-krasnoyarsk = Krasnoyarsk time (UTC+7)
tz-omsk = Omsk time (UTC+6)
tz-moscow = Moscow time (UTC+3)
tz-other = another time zone ({ $offset })

## Added in stop 18 (fixes from the probes and the walk)
adm-bc-preview-count = Recipients: { $total }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } of them blocked the bot and will not get it.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Without Telegram: { $phoneOnly }. It is not sent to them; please call them.
    } Send?
adm-bc-progress = Broadcast: delivered { $delivered } of { $total }, blocked the bot { $blocked }{ $phoneOnly ->
        [0] {""}
       *[other] , without Telegram { $phoneOnly }
    }, errors { $failed }.
adm-bc-report =
    ✅ The broadcast is finished.
    Delivered: { $delivered } of { $total }
    Blocked the bot: { $blocked } (before: { $unreachable }, during the broadcast: { $newlyBlocked })
    Not delivered because of errors: { $failed }{ $phoneOnly ->
        [0] {""}
       *[other] {"\u000A"}Without Telegram: { $phoneOnly }. It was not sent to them; please call them.
    }
adm-bc-empty = The message has no text. Please write the text.
# Everyone of the audience blocked the bot or has no Telegram: nothing would be sent (probe s19 #13).
adm-bc-nobody-in-telegram = Nobody will get this message in Telegram: { $unreachable } blocked the bot, { $phoneOnly } have no Telegram. Please call the people without Telegram. Choose another audience.
imp-next = Fix the file and send it again: /import
imp-next-centers = The bot knows these centers: { $centers }. Fix the center's name in the file and send it again: /import
adm-stats-as-of = Figures as of { $time } (refreshed every { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    })
imp-remembered =
    You confirmed these names before; the bot used your answers:
    { $lines }
    If an answer is wrong, press "{ $again }" under the summary.
imp-remembered-line = • "{ $text }" — { $label }
imp-ask-again = 🔁 Ask about the names again
