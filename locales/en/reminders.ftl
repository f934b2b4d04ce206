## Reminders

rem-day-before =
    Reminder: you have a class tomorrow.
    Course: { $course }
    When: { $when }
    Where: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }
    Will you come?
rem-soon =
    Your class starts soon.
    Course: { $course }
    When: { $near ->
        [today] { place-when-today }
       *[other] { $when }
    }
    Where: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }
    Will you come?
rem-btn-yes = ✓ I'll come
rem-btn-no = Can't come
rem-answer-yes = Thank you! See you there.
rem-answer-yes-moved = Thank you! Please note: the lesson has been moved, it is now on { $when }.
rem-answer-no = Sorry to hear that. We have told the librarian you will not come.
rem-release-ask = This is the first class. Give your seat to the next person in line?
rem-btn-release-wait = Give it up, stay in line
rem-btn-release-leave = Give it up and leave the line
rem-btn-keep = Keep my seat
rem-released-wait = Your seat is free now. You are back in line at your old place.
rem-released-leave = Your seat is free now. You are no longer in line for this course.
rem-kept = Fine, the seat stays yours.
rem-absent-staff = { $name } cannot come to the class: { $course }, { $when }.

## Schedule changes (citizens)

rem-chg-moved =
    A class has been moved.
    Course: { $course }
    Was: { $old }
    Now: { $new }
    Where: { $center }, { $address }, { $room }
rem-chg-shifted =
    The group's schedule has changed.
    Course: { $course }
    Lessons now: { lessons-said }
rem-chg-lesson-cancelled =
    A class is cancelled: { $course }, { $when }.
    The other classes go ahead as planned.
rem-chg-last-lesson-cancelled =
    A class is cancelled: { $course }, { $when }.
    It was the group's last class: the course is over. Thank you for taking part!
rem-chg-group-cancelled =
    The group is cancelled: { $course }, { $center }.
    You are back in line at your old place. We will write when a new group starts.
    Questions: { $phone }

## Schedule changes (staff, /change)

rem-chg-choose-group = Which group do you want to change?
rem-chg-no-groups = There are no groups with classes ahead that you can change.
rem-chg-group-label = { $course }, { $center }, from { $start }
rem-chg-choose-action = What do you want to do?
rem-chg-act-move = Move one class
rem-chg-act-shift = Shift the whole group
rem-chg-act-cancel-lesson = Cancel one class
rem-chg-act-cancel-group = Cancel the whole group
rem-chg-choose-lesson = Which class?
rem-chg-ask-date = New date? Choose a day or write it like: 9 December, 9.12 or "Wednesday"
rem-chg-date-invalid = Sorry, I could not read the date. Write it like 9 December, 9.12, "tomorrow" or "Wednesday" (today or later).
rem-chg-date-past = That date has passed. Type today's date or a later one, e.g. "tomorrow" or "Wednesday".
rem-chg-ask-time = What time does it start? Choose or write it like: 10:00
rem-chg-time-invalid = Sorry, I could not read the time. Write it like 10:00
rem-chg-ask-days = By how many days should all remaining classes move?
rem-chg-preview-move =
    Move this class?
    { $course }, { $center }
    Was: { $old }
    Will be: { $new }
    Participants to be told: { $count }.
rem-chg-preview-shift =
    Shift the group { $days } { $days ->
        [one] day
       *[other] days
    } { $direction ->
        [earlier] earlier
       *[later] later
    }?
    { $course }, { $center }
    New dates:
    { $lessons }
    Participants to be told: { $count }.
rem-chg-preview-cancel-lesson =
    Cancel the class on { $when }?
    { $course }, { $center }
    Participants to be told: { $count }.
rem-chg-preview-cancel-group =
    Cancel the whole group?
    { $course }, { $center }
    The participants ({ $count }) go back to their old places in line.
rem-chg-preview-only-lesson = This is the group's only class left, so the whole group will be cancelled.
rem-chg-preview-last-lesson = This is the group's last class: once it is cancelled the group ends, and its participants are marked as having completed the course.
rem-chg-confirm = ✓ Confirm
rem-chg-done = Done. Messages to participants are on their way: { $count }.{ $calls ->
        [0] {""}
       *[other] {" "}Without Telegram: { $calls } — the center's librarians have been told whom to call.
    }
rem-chg-gone = The group or class has changed meanwhile. Start again: /change
rem-chg-time-past = That time has already passed. Please type a later time, or press Back to choose another day.
rem-chg-past = The new time has already passed. Start again: /change
# A lesson moved onto another lesson of its group (walk s20 #27): asked again / refused at the end.
rem-chg-time-busy = The group already has another class at that time. Choose another time, or press Back to choose another day.
rem-chg-busy = The group already has another class at that time. Start again: /change

## Added in stop 18 (fixes from the probes and the walk)
# /change with one group to change: the group is not asked, the next question names it (rem-chg-group-label).
rem-chg-one-group-action =
    Group: { $group }
    What do you want to change?
