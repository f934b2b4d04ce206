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

## A typed "I can't come" for one lesson does what the reminder's "Can't come" does (walk29 W29-24)

cant-come-told = We have told the librarian you will not come.
cant-come-unsure = Will you come? If not, press "{ $no }" or type "can't come": the librarian will know you will not be there.
cant-come-seat-button = Can't come: { $course }

## Joining when a seat is free at once: the offer comes right below "Done" (walk29 W29-20)

join-done-seat-below =
    Done! You are on the waiting list for "{ $course }".
    Center: { $center }.
    Your place in line: { $position }.
    A seat in a group is already free for you: the offer is in the message below. You can answer with a button or type "yes" or "no".

## A text not understood right under a lesson reminder (walk29 W29-24)

unknown-text-reminder = I did not understand that. If you cannot come to the lesson, type "can't come": we will tell the librarian. For anything else, use the buttons at the bottom of the screen.

## fix40a (session 40): «О какой речь?» once a button under it was pressed (src/bot/features/cant-come.ts)

# The question's text is replaced by the answer: each lesson by its date, so it does not read as ahead once past.
cant-come-which-answered = You are in several groups. You answered "Can't come":

## fix41b (session 41)

# "I'll come" after her "Can't come" to a lesson (src/bot/features/reminders/answered.ts): the librarian was told she
# comes after all (walk40 M2); before, she was asked to phone.
rem-come-after-all = Good, please come! We have told the librarian.

# To the group's librarian, the twin of rem-absent-staff (src/domain/absence-notices.ts).
rem-came-after-all-staff = { $name } will come to the class after all: { $course }, { $when }.
