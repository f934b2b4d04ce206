## Classes: seat offers (citizens)

cls-offer =
    There is a seat for you in a group!

    Course: { $course }
    Where: { $center }, { $address }, { $room }
    Lessons: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }

    { $untilToday ->
        [yes] Please answer today by { $untilTime }.
       *[no] Please answer by { $until }.
    }
cls-offer-reminder =
    A reminder: we are holding a seat for you in a group. Course "{ $course }", { $center }.

    Lessons: { lessons-said }{ offer-time-note }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }

    { $untilToday ->
        [yes] Please answer today by { $untilTime }.
       *[no] Please answer by { $until }.
    }
cls-offer-expired = The time to answer the seat offer ("{ $course }") has run out. You keep your place in line.
cls-offer-accept = ✓ I'll come
cls-offer-decline = Can't come
cls-offer-accepted =
    You are enrolled! Course "{ $course }".
    Where: { $center }, { $address }, { $room }
    Lessons: { lessons-said }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }
cls-offer-already = You are already enrolled in this group.
cls-offer-expired-now = This offer is no longer valid. You keep your place in line, and the bot will write about a new seat. If you wanted this very group, call the center: { $phone }.
cls-offer-gone = This offer is no longer valid.
# The declined offer, edited: what was answered, in place of "please answer by …".
cls-offer-declined-note = You answered "Can't come"; the seat went to others. Changed your mind? Press "I'll come".
cls-decline-keep = Yes, keep my place
cls-decline-leave = No, leave the list
cls-decline-kept = You keep your place in line.
cls-decline-left = You have left the list for this course.

## Classes: staff

cls-staff-header = Librarians:
cls-staff-none = No librarians yet.
cls-staff-line = • { $name } (id { $id }): { $centers }
cls-staff-add = ➕ Add a librarian
cls-staff-revoke = ✖ Revoke: { $name }
cls-staff-revoke-confirm = { $name }: revoke librarian rights?
cls-staff-revoked = Rights revoked: { $name }.
cls-staff-revoke-none = This person has no rights any more.
cls-staff-how = How do you want to add a librarian?
cls-staff-by-link = 🔗 Invite link
cls-staff-by-id = 🔢 By Telegram number
cls-staff-ask-id = Type the person's Telegram id (digits only).
cls-staff-id-invalid = A Telegram id is digits only, e.g. 123456789.
cls-staff-centers = Choose the person's centers, then press "Done".
cls-staff-centers-chosen = The person's centers: { $centers }.
cls-done = ✓ Done
cls-pick-one = Choose at least one.
cls-staff-invite-link =
    Invite link (valid 7 days, once):
    { $link }
    Forward it to the person. Until it is opened you can withdraw it in /staff.
cls-staff-you-are-librarian = You are now a librarian: { $centers }. You can open groups and mark attendance. Your commands: /help
cls-staff-granted = Done: { $id } is now a librarian ({ $centers }).
cls-staff-welcome = Welcome! You are a librarian: { $centers }. Where to start: 1) /import — your paper waiting list, /add — sign up one person; 2) /newclass — a group, whose seats the bot offers to the people in line; 3) /calls — whom to phone; /attendance — mark attendance. All commands, explained: /help.
cls-staff-invite-opened = Your invite was opened: { $name } is now a librarian. Their centers are in /staff.
cls-invite-invalid = Invite not found. Ask the coordinator to send a new link.
cls-invite-expired = This invite has expired. Ask the coordinator to send a new link.
cls-invite-used = This invite has already been used. Ask the coordinator to send a new link.
cls-invite-withdrawn = This invite has been withdrawn. Ask the coordinator to send a new link.
cls-staff-invites-header = Invites not opened yet:
cls-staff-invite-line = { $n }) { $centers }, valid until { $until }
cls-staff-invite-withdraw = ✖ Withdraw invite { $n }
cls-staff-invite-withdrawn = Invite withdrawn: the link no longer works.
cls-staff-invite-gone = This invite was already opened, withdrawn or has expired.

## Classes: new group

cls-new-course = New group. Step { $step } of { $total }. Choose the course:
cls-new-center = Step { $step } of { $total }. Choose the center:
cls-no-centers = You have no centers. Please ask the coordinator.
cls-new-start = Step { $step } of { $total }. When is the first lesson? Choose a day or type a date, e.g. 9 December or 9.12.
cls-date-invalid = Could not read the date. Type e.g. 9 December, 9.12 or "Wednesday" (today or later).
cls-date-past = That date has passed. Type today's date or a later one, e.g. "tomorrow" or "Wednesday".
cls-new-pattern = Step { $step } of { $total }. How do the lessons go?
cls-pattern-weekly = 📅 On weekdays
cls-pattern-dates = ✎ Type a list of dates
cls-new-weekdays = Choose the weekdays, then press "Done".
cls-new-time = What time does a lesson start? Choose or type, e.g. 10:00.
cls-time-invalid = Type the time like 10:00.
cls-new-count = How many lessons? Choose or type a number.
cls-count-invalid = Type a number from 1 to 40.
cls-new-duration = How many minutes is a lesson?
cls-duration-invalid = Type a number of minutes from 15 to 480.
cls-new-dates =
    Type the lessons' dates and times, one per line, e.g.:
    01.12.2026 10:00
    03.12.2026 10:00
cls-dates-invalid = Could not read the list. Each line: a date and a time, e.g. 01.12.2026 10:00 (today or later).
cls-dates-line-date = Line { $line } ("{ $text }"): could not read the date. Send the whole list again with this line corrected. Each line: a date and a time, e.g. 01.12.2026 10:00.
cls-dates-line-time = Line { $line } ("{ $text }"): could not read the time. Send the whole list again with this line corrected. Write the time like 10:00.
cls-dates-line-past = Line { $line } ("{ $text }"): that date has passed. Send the whole list again with this line corrected.
cls-new-room = Step { $step } of { $total }. Type the room, e.g. "Hall 2, ground floor".
cls-room-invalid = Type the room name (up to 100 characters).
cls-new-capacity = Step { $step } of { $total }. How many seats? Choose or type a number.
cls-capacity-invalid = Type a number of seats from 1 to 50.
cls-new-preview =
    Step { $step } of { $total }. Please check:

    Course: { $course }
    Center: { $center }
    Room: { $room }
    Seats: { $capacity }
    Lessons: { $count }, { $duration } minutes each. Time zone: { $zone }.
    { $lessons }
cls-new-for-partner = Only for the people of "{ $partner }".
cls-new-holidays =
    ⚠ { $count ->
        [1] The lesson on { $dates } falls on a public holiday.
       *[other] The lessons on { $dates } fall on public holidays.
    } If the center is closed then, go Back to the dates.
cls-create = ✓ Create the group
cls-created = The group is created. Seats offered to people in line: { $offered }.
cls-created-for-partner = The group for "{ $partner }" is created. Its seats go only to that organization's people in the line; offered: { $offered }. To give free seats to the general line, open the group's card (/classes).
cls-weekday-0 = Monday
cls-weekday-1 = Tuesday
cls-weekday-2 = Wednesday
cls-weekday-3 = Thursday
cls-weekday-4 = Friday
cls-weekday-5 = Saturday
cls-weekday-6 = Sunday

## Classes: groups and attendance

cls-groups-none = No open groups. Create one: /newclass
cls-groups-header = Your groups (course, start, enrolled of seats). Tap a group to open it:
cls-groups-center = { $center }: { $count ->
        [one] the group on button { $from }
       *[other] groups on buttons { $from }–{ $to }
    }
cls-group-list-button = { $n }. { $short }, { $day }: { $enrolled } of { $capacity }
cls-group-button = { $course }: { $start }
cls-group-details =
    { $course }, { $room }
    { $center }
    Lessons: { lessons-said }
    Enrolled { $enrolled } of { $capacity }{ $offered ->
        [0] .
       *[other] , awaiting an answer: { $offered }.
    }
    Participants:
    { $roster }
cls-roster-empty = nobody yet
cls-roster-line = { $name }{ $missed ->
        [0] {""}
       *[other] , missed: { $missed }
    }
cls-attendance-button = ✅ Mark attendance
cls-attendance-groups = Choose a group:
cls-attendance-lessons = Choose a lesson:
cls-lesson-button = { $index }. { $time }{ $mark }
# Today's lesson before its hour, in the list of /attendance (walk s20 #28).
cls-lesson-not-begun = {" "}— not started yet
cls-attendance-menu = Lesson { $index }, { $time }. Tap the name of each person who came: it then says "present". Tap again to take it off. Then "Save".
cls-lessons-past = That time has already passed: every lesson of a new group must be ahead. Please choose the dates again.
cls-attendance-not-started = This lesson has not started yet. Attendance can be marked once it begins.
cls-attendance-empty = The group has no participants yet.
cls-attendance-save = 💾 Save
cls-attendance-saved = Marked: came — { $present }, did not come — { $absent }.
cls-attendance-completed = That was the last lesson: the participants have completed the course.
cls-not-found = Not found, or not yours.

## Added in stop 18 (fixes from the probes and the walk)
# /attendance lists only lessons that have begun, and today's: with none yet, when marking opens.
cls-attendance-none-begun = This group's classes have not started yet. The first: { $time }. You can mark attendance from that day.
cls-attendance-no-lessons = This group has no classes to mark.

# /newclass: the room in English words, asked where someone at the center reads the bot in English (walk s28 W28-23).
cls-new-room-en = How should people who read the bot in English see this room? Type it in English, e.g.: Computer room, second floor. Or press "Skip": they will read { $automatic }.
cls-room-en-invalid = Type the room in Latin letters (up to 100 characters) or press "Skip".
cls-new-room-en-line = In English: { $roomEn }

# Helper fix31a, round 31.

# The declined offer, edited, when nobody in the group's line could be offered the seat (a partner's closed group with
# nobody else of the partner waiting: walk30 W30-15): "the seat went to others" would not be true.
cls-offer-declined-note-free = You answered "Can't come". The seat is still free: changed your mind? Press "I'll come".
# The question after "Can't come" in that case.
cls-decline-ask-course-free = All right. The seat stays free for now. Keep your place in line for "{ $course }"?
