## A typed yes a moment after a seat offer came (walk28 W28-18)

offer-sure-ask = I'll come to "{ $course }", from { $from } — right?
offer-sure-yes = Yes, I'll come
offer-sure-no = No
offer-sure-kept = All right. The seat offer is waiting for your answer: press "I'll come" or "Can't come" under it.

## What is typed about one entry (walk28 W28-24)

entry-all = ← All my entries
cant-come-lesson = Your lesson: { $when }, { $room }.
cant-come-which = You are in several groups. Which one do you mean? Next lessons:
cant-come-seat-line = • "{ $course }": { $when }
cant-come-no-seat = You do not have a seat in a group yet, so there are no lessons. Your entries are under "My place in line".
cant-come-no-entry = You are not signed up for a course yet, so there are no lessons. To sign up, press "Join a course" at the bottom of the screen.
