# Helper fixY, round 26: typed answers to the seat offer and to its give-up question (probe25).

# "да" typed to "Отказаться от места в группе?": a yes is not taken, two buttons give the seat up differently (probe25 M2, L2).
release-typed-yes = Нажмите одну из кнопок под вопросом: «{ $wait }» или «{ $leave }». Если место нужно, нажмите «{ $keep }» или напишите «нет».

# "да" typed again for a seat already taken (sent twice): the enrolment again, below this line (probe25 L3).
cls-offer-typed-again = Место уже за вами.

# "Отмена" typed outside any flow: nothing was cancelled (probe25 L13). -listed: the person is on a list; $place: the "My place in line" button.
cancel-nothing = Хорошо. Вы в главном меню.
cancel-nothing-listed = Хорошо. Вы в главном меню. Запись на курс остаётся. Чтобы выйти из очереди, нажмите «{ $place }».

# A text not understood while one seat offer (or several) waits for an answer: its buttons (probe25 L12).
unknown-text-offer = Не получилось понять сообщение. Чтобы ответить на предложение места, нажмите «{ $accept }» или «{ $decline }» под ним или напишите «да» или «нет».
unknown-text-offers = Не получилось понять сообщение. Чтобы ответить на предложения мест, нажмите «{ $accept }» или «{ $decline }» под каждым из них.

# Helper fix28g, round 28: typed answers (round 3).

# After "Не смогу": the question names its course (walk28 W28-06: with two offers just shown, "этот курс" could be either).
cls-decline-ask-course = Хорошо, место передадим следующему. Остаться в очереди на курс «{ $course }»?

# "да" typed with several seat offers open: which one, naming the courses (walk28 W28-07). $courses: «A», «B» и «C».
offers-which = У вас несколько предложений мест: { $courses }. Нажмите «{ $accept }» или «{ $decline }» под нужным или напишите ответ с названием курса, например: «приду на { $example }».
offers-which-and = и

# A text that matched no button, on a question of a few short ones: what may be typed (walk28 W28-01). $labels: "утром, днём, вечером, не важно".
use-buttons-or-type = Пожалуйста, нажмите одну из кнопок под сообщением или напишите, например: { $labels }.
# Typed on the time of day question, taken as «Не важно» (walk28 W28-01); one answer a line.
time-any-words =
    всё равно
    любое
    в любое время
    любое время
    когда угодно
    без разницы
