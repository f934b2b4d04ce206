# Typed on the time of day question: a question about the days of the lessons (walk35). One word's start a line.
time-days-words =
    суббот
    воскресен
    выходн
    будн
    понедельник
    вторник
    сред
    четверг
    пятниц
    по каким дням
    какие дни
    в какие дни
    дни занятий
    расписани
time-days-aside = Дни занятий центр назначит, когда соберёт группу. Когда бот предложит вам место, он назовёт дни и время. Сейчас выберите, когда вам удобнее: утром, днём или вечером.
# Typed on the consent question: what it means, why the name and phone (walk35). One word's start a line.
consent-why-words =
    зачем
    для чего
    почему
    кто увидит
    кто будет видеть
    что будет с
    что это значит
    что значит
    не понимаю
    непонятно
    не понятно
    безопасно
    мошенн
consent-why = Имя и телефон нужны, чтобы записать вас в очередь и сообщить, когда будет место. Мы используем их только для записи и напоминаний о занятиях. Удалить их можно в любой момент командой /forget. Если согласны, нажмите «Даю согласие».
# Said outside any flow, when nothing else took the words (walk35): thanks, a greeting, goodbye, «хорошо».
courtesy-thanks = Пожалуйста! Если что-то понадобится, выберите нужное кнопками внизу экрана.
courtesy-hello = Здравствуйте! Выберите, что нужно, кнопками внизу экрана: записаться на курс, узнать своё место в очереди или найти центр рядом.
courtesy-bye = До свидания! Если что-то понадобится, напишите сюда.
courtesy-ok = Хорошо. Если что-то понадобится, выберите нужное кнопками внизу экрана.
# "Сколько ждать?" typed by someone only waiting, above "my place in line" (walk35); -short when the list is long.
place-how-long = Точный срок назвать нельзя: место появляется, когда центр набирает группу или кто-то уходит. Бот сам напишет вам, когда будет место.
place-how-long-short = Точный срок назвать нельзя, бот напишет, когда будет место.
# A question typed outside any flow that the bot cannot answer (walk35): whom to ask. $center, $phone.
question-ask-center = На этот вопрос здесь не ответить. Спросите, пожалуйста, в вашем центре ({ $center }): { $phone }.
question-ask-program = На этот вопрос здесь не ответить. Спросите, пожалуйста, по телефону программы «Твой курс»: { $phone }.
# «А это платно?», «сколько стоит?» typed outside a flow (-free) or on a question of one (-aside) (walk35w).
cost-free = Занятия бесплатные: платить ничего не нужно. Выберите, что нужно, кнопками внизу экрана.
cost-free-aside = Занятия бесплатные: платить ничего не нужно. Чтобы продолжить, ответьте на вопрос выше.
# Typed on the time of day question, taken as its button (walk35w); one answer a line («всё равно»: time-any-words).
time-morning-words =
    с утра
    утро
    утречком
    до обеда
    пораньше
time-afternoon-words =
    после обеда
    в обед
    день
    в середине дня
time-evening-words =
    вечер
    вечерком
    после работы
    попозже
# Under whom to ask, for a question typed while one seat offer waits (walk35 L8): how to answer the offer.
offer-answer-how = Чтобы ответить на предложение места, нажмите «{ $accept }» или «{ $decline }» под ним или напишите «да» или «нет».
