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
# «А занятия платные?»: they are free, and whom to ask for more. $center, $phone.
question-free-center = Занятия бесплатные. Остальное подскажут в вашем центре ({ $center }): { $phone }.
question-free-program = Занятия бесплатные. Остальное подскажут по телефону программы «Твой курс»: { $phone }.
# Typed on the join's course question: a question about the cost (walk35). One word's start a line.
cost-words =
    платн
    сколько стоит
    стоимост
    цена
    деньг
    оплат
join-course-free = Все курсы бесплатные. Выберите курс кнопкой под сообщением.
