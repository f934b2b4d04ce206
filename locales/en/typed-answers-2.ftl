# Helper fixY, round 26: typed answers to the seat offer and to its give-up question (probe25).

# "yes" typed to "Give up your seat in the group?": a yes is not taken, two buttons give the seat up differently (probe25 M2, L2).
release-typed-yes = Press one of the buttons under the question: "{ $wait }" or "{ $leave }". If you want to keep the seat, press "{ $keep }" or type "no".

# "yes" typed again for a seat already taken (sent twice): the enrolment again, below this line (probe25 L3).
cls-offer-typed-again = The seat is already yours.
