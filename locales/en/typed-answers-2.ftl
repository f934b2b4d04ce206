# Helper fixY, round 26: typed answers to the seat offer and to its give-up question (probe25).

# "yes" typed to "Give up your seat in the group?": a yes is not taken, two buttons give the seat up differently (probe25 M2, L2).
release-typed-yes = Press one of the buttons under the question: "{ $wait }" or "{ $leave }". If you want to keep the seat, press "{ $keep }" or type "no".

# "yes" typed again for a seat already taken (sent twice): the enrolment again, below this line (probe25 L3).
cls-offer-typed-again = The seat is already yours.

# "Cancel" typed outside any flow: nothing was cancelled (probe25 L13). -listed: the person is on a list; $place: the "My place in line" button.
cancel-nothing = All right. You are in the main menu.
cancel-nothing-listed = All right. You are in the main menu. Your sign-up stays. To leave the list, press "{ $place }".

# A text not understood while one seat offer (or several) waits for an answer: its buttons (probe25 L12).
unknown-text-offer = I did not understand that. To answer the seat offer, press "{ $accept }" or "{ $decline }" under it, or type "yes" or "no".
unknown-text-offers = I did not understand that. To answer the seat offers, press "{ $accept }" or "{ $decline }" under each of them.

# Helper fix28g, round 28: typed answers (round 3).

# After "Can't come": the question names its course (walk28 W28-06).
cls-decline-ask-course = All right, the seat goes to the next person. Keep your place in line for "{ $course }"?

# "yes" typed with several seat offers open: which one, naming the courses (walk28 W28-07).
offers-which = You have several seat offers: { $courses }. Press "{ $accept }" or "{ $decline }" under the one you mean, or type the answer with the course, for example: "I'll come to { $example }".
offers-which-and = and

# A text that matched no button, on a question of a few short ones: what may be typed (walk28 W28-01).
use-buttons-or-type = Please press one of the buttons under the message, or type, for example: { $labels }.
# Typed on the time of day question, taken as "Any time" (walk28 W28-01); one answer a line.
time-any-words =
    any
    anytime
    whenever
    doesn't matter
    it doesn't matter
    all the same
