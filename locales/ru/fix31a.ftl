# Helper fix31a, round 31.

# The declined offer, edited, when nobody in the group's line could be offered the seat (a partner's closed group with
# nobody else of the partner waiting: walk30 W30-15): «место передали следующему» would not be true.
cls-offer-declined-note-free = Вы ответили «Не смогу». Место пока свободно: передумаете — нажмите «Приду».
# The question after «Не смогу» in that case.
cls-decline-ask-course-free = Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «{ $course }»?
