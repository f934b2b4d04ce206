# Helper fix31a, round 31.

# The declined offer, edited, when nobody in the group's line could be offered the seat (a partner's closed group with
# nobody else of the partner waiting: walk30 W30-15): "the seat went to others" would not be true.
cls-offer-declined-note-free = You answered "Can't come". The seat is still free: changed your mind? Press "I'll come".
# The question after "Can't come" in that case.
cls-decline-ask-course-free = All right. The seat stays free for now. Keep your place in line for "{ $course }"?
