## Reminders

rem-day-before =
    Reminder: you have a class tomorrow.
    Course: { $course }
    When: { $when }
    Where: { $center }, { $address }, { $room }
    Questions: { $contact }
    Will you come?
rem-soon =
    Your class starts soon.
    Course: { $course }
    When: { $when }
    Where: { $center }, { $address }, { $room }
    Questions: { $contact }
    Will you come?
rem-btn-yes = ✓ I'll come
rem-btn-no = Can't come
rem-answer-yes = Thank you! See you there.
rem-answer-no = Sorry to hear that. We have told the librarian you will not come.
rem-release-ask = This is the first class. Give your seat to the next person in line?
rem-btn-release-wait = Give it up, stay in line
rem-btn-release-leave = Give it up and leave the line
rem-btn-keep = Keep my seat
rem-released-wait = Your seat is free now. You are back in line at your old place.
rem-released-leave = Your seat is free now. You are no longer in line for this course.
rem-kept = Fine, the seat stays yours.
rem-absent-staff = { $name } cannot come to the class: { $course }, { $when }.
