# Typed on the time of day question: a question about the days of the lessons (walk35). One word's start a line.
time-days-words =
    saturday
    sunday
    weekend
    weekday
    monday
    tuesday
    wednesday
    thursday
    friday
    which days
    what days
    schedule
time-days-aside = The center sets the days of the lessons when it forms a group. When the bot offers you a seat, it will say the days and the time. For now, choose when suits you best: morning, afternoon or evening.
# Typed on the consent question: what it means, why the name and phone (walk35). One word's start a line.
consent-why-words =
    why
    what for
    who will see
    what does it mean
    what does this mean
    i don't understand
    i do not understand
    is it safe
consent-why = Your name and phone are needed to put you on the waiting list and tell you when there is a seat. We use them only for enrolment and lesson reminders. You can delete them at any time with /forget. If you agree, press "I agree".
# Said outside any flow, when nothing else took the words (walk35): thanks, a greeting, goodbye, "ok".
courtesy-thanks = You're welcome! If you need anything, choose it with the buttons at the bottom of the screen.
courtesy-hello = Hello! Choose what you need with the buttons at the bottom of the screen: join a course, see your place in line, or find a center near you.
courtesy-bye = Goodbye! If you need anything, write here.
courtesy-ok = All right. If you need anything, choose it with the buttons at the bottom of the screen.
# "How long do I wait?" typed by someone only waiting, above "my place in line" (walk35); -short when the list is long.
place-how-long = Nobody can say exactly: a seat comes up when the center forms a group or someone leaves. The bot will write to you itself when there is a seat.
place-how-long-short = Nobody can say exactly; the bot will write when there is a seat.
# A question typed outside any flow that the bot cannot answer (walk35): whom to ask. $center, $phone.
question-ask-center = The bot cannot answer that here. Please ask your center ({ $center }): { $phone }.
question-ask-program = The bot cannot answer that here. Please ask the "Tvoy Kurs" program by phone: { $phone }.
# "Is it free?", "how much does it cost?" typed outside a flow (-free) or on a question of one (-aside) (walk35w).
cost-free = The classes are free: there is nothing to pay. Choose what you need with the buttons at the bottom of the screen.
cost-free-aside = The classes are free: there is nothing to pay. To go on, answer the question above.
# Typed on the time of day question, taken as its button (walk35w); one answer a line ("any time": time-any-words).
time-morning-words =
    in the morning
    mornings
    before noon
time-afternoon-words =
    in the afternoon
    afternoons
    after lunch
    midday
time-evening-words =
    in the evening
    evenings
    after work
# Under whom to ask, for a question typed while one seat offer waits (walk35 L8): how to answer the offer.
offer-answer-how = To answer the seat offer, press "{ $accept }" or "{ $decline }" under it, or type "yes" or "no".
