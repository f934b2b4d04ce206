## Common

btn-back = Назад
btn-cancel = Отмена
btn-skip = Пропустить
btn-yes = Да
btn-no = Нет
cancelled = Хорошо, отменили. Вы в главном меню.
use-buttons = Пожалуйста, нажмите одну из кнопок под сообщением.
button-outdated = Эта кнопка уже не действует.
# A press on an old message nothing takes any more (an alert): what to do instead.
button-outdated-what-now = Эта кнопка уже не действует. Чтобы продолжить, выберите нужное кнопками внизу экрана.
question-answered = На этот вопрос вы уже ответили.
answer-current = Сейчас: { $value }
error-generic = Извините, что-то пошло не так. Попробуйте ещё раз или нажмите /start.
flow-left = Вы перешли к другому делу, поэтому начатое не закончено: ничего не сохранено. Начать снова можно в любой момент.
unknown-text = Не получилось понять сообщение. Выберите, что нужно, кнопками внизу экрана. Если отвечаете на сообщение с кнопками, нажмите кнопку под ним.
not-allowed = Эта команда только для сотрудников библиотеки.
not-allowed-coordinator = Эта команда только для координатора.
not-allowed-representative = Эта команда для представителей организаций-партнёров.

## Start

# $named: "yes" when the Telegram name has a letter or a digit; a name of spaces or invisible characters is not said (probe s21 L1).
welcome =
    { $named ->
        [yes] Здравствуйте, { $name }!
       *[no] Здравствуйте!
    }
    Это бот бесплатных курсов «Твой курс»: компьютерная грамотность в библиотеках Кузбасса.
    Здесь можно записаться на курс и узнать своё место в очереди.
choose-language = Выберите язык:
choose-language-mid-flow = Выберите язык. Начатое сейчас дело прервётся, ответы не сохранятся. Чтобы сначала закончить его, ответьте на вопрос выше.
lang-ru = Русский
lang-en = English
language-set = Язык: русский.
main-menu-prompt = Чтобы записаться, нажмите «Записаться на курс» внизу экрана.
# /start again, for someone already on a list (a pensioner coming back to ask where she is).
main-menu-prompt-on-list = Вы уже в очереди. Узнать своё место: кнопка «Моё место в очереди» внизу экрана.
main-menu-prompt-staff = Ваши команды сотрудника — в меню «/» рядом с полем ввода, с пояснениями — по команде /help. Кнопки внизу — те же, что видят жители.

## Menu

menu-join = 📝 Записаться на курс
menu-place = 🔢 Моё место в очереди
menu-centers = 📍 Центры рядом
menu-help = ❓ Помощь

## Join

join-choose-course = Выберите курс:
join-center-how = Где вам удобно заниматься? Выберите город или напишите его название. Или нажмите «Ближайший ко мне».
join-center-nearest = 📍 Ближайший ко мне
location-ask = Нажмите кнопку «Отправить моё местоположение» внизу экрана.
location-button = 📍 Отправить моё местоположение
location-invalid = Не получилось прочитать местоположение. Нажмите кнопку «Отправить моё местоположение» внизу экрана или «Назад», чтобы выбрать город.
join-nearest-list = Ближайшие центры. Выберите один:
center-with-distance = { $name } — { $km } км
join-choose-center =
    { $town }: выберите центр.
    { $centers }
join-choose-time = Когда вам удобнее заниматься?
time-morning = Утром
time-afternoon = Днём
time-evening = Вечером
time-any = Не важно
join-name-ask = Как к вам обращаться? Напишите, пожалуйста, ваше имя и фамилию.
join-name-invalid = Напишите, пожалуйста, имя буквами: от 2 до 100 букв. Или нажмите «Отмена».
join-name-phone = В имени не нужен номер телефона. Напишите, пожалуйста, только имя, например Анна Петрова. Или нажмите «Отмена».
join-phone-ask = Оставьте телефон, чтобы библиотека могла вам позвонить. Нажмите «Отправить мой телефон» внизу экрана или «Пропустить».
phone-button = 📱 Отправить мой телефон
join-phone-invalid = Такого номера телефона не бывает. Проверьте цифры и напишите ещё раз, например +7 900 123-45-67, или нажмите «Отправить мой телефон».
join-phone-digit-missing = В номере не хватает одной цифры. Проверьте и напишите номер полностью, например 8 900 123-45-67, или нажмите «Отправить мой телефон».
join-phone-not-own = Пожалуйста, отправьте свой номер кнопкой «Отправить мой телефон».
join-phone-contact-unreadable = Не получилось прочитать номер из контакта. Напишите его цифрами, например +7 900 123-45-67, или нажмите «Пропустить».
join-consent =
    Согласие на обработку персональных данных, редакция от { $date }:

    { $text }
consent-text = Я даю согласие, чтобы Кемеровская областная научная библиотека имени В. Д. Фёдорова хранила и использовала моё имя и телефон для записи на курсы «Твой курс» и напоминаний о занятиях. Согласие можно отозвать в любой момент командой /forget: тогда мои данные будут удалены.
consent-agree = ✓ Даю согласие
consent-decline = Не даю согласия
consent-declined = Без согласия мы не можем записать вас в очередь, поэтому ничего не сохранили. Записаться можно и по телефону центра ({ $center }): { $phone }.
consent-declined-back = Нажали случайно? Нажмите «Назад».
join-summary =
    Проверьте, пожалуйста:

    Курс: { $course }
    Центр: { $center }
    Время: { $time }
    Имя: { $name }
    Телефон: { $phone }{ $referred }

    Чтобы исправить имя или другое, нажмите «Изменить».
phone-none = не указан
join-confirm = ✓ Всё верно, записаться
join-change = ✎ Изменить
join-change-what = Что изменить?
change-course = Курс
change-center = Центр
change-time = Время
change-name = Имя
change-phone = Телефон
join-done =
    Готово! Вы в очереди на курс «{ $course }».
    Центр: { $center }.
    Ваше место в очереди: { $position }.
    Когда в группе будет место, бот напишет вам. Ответить можно кнопкой или словами «да» или «нет».
join-already = Вы уже в очереди на курс «{ $course }». Центр: { $center }. Ваше место: { $position }.
join-already-enrolled = Вы уже записаны в группу курса «{ $course }».

## Place in line

place-none = Вы пока не записаны ни на один курс. Нажмите «Записаться на курс».
place-header = Ваши записи:
place-entry = «{ $course }», { $center }: место в очереди { $position }.
place-entry-center-closed = «{ $course }», { $center }: этот центр пока не принимает записи. Ваше место не пропало: можно выбрать другой центр (вы встанете в его очередь по времени своей записи) или подождать, пока центр снова начнёт записывать.
place-entry-offered = «{ $course }», { $center }: вам предложено место в группе.
place-entry-enrolled = «{ $course }», { $center }: вы записаны в группу.
place-next-lesson = Ближайшее занятие: { $when }, { $room }.
# Under a place worse than the one shown last time (walk s20 #24: an imported paper list moved a pensioner from 1 to 2 without a word).
place-moved-back = Раньше было место { $was }: в очередь добавились или вернулись люди, записавшиеся раньше вас. Очередь идёт по времени записи.
place-estimate = Примерное ожидание: около { $weeks } { $weeks ->
        [one] недели
       *[other] недель
    }.
place-leave = Выйти из очереди: { $course }
place-move = Сменить центр: { $course }
place-release = Отказаться от места: { $course }
release-confirm = Отказаться от места в группе «{ $course }»? Его сразу предложат следующему в очереди.
release-keep = Нет, остаться в группе
leave-confirm = Выйти из очереди на курс «{ $course }»? Место в очереди будет потеряно.
leave-yes = Да, выйти
leave-done = Вы вышли из очереди на курс «{ $course }».
leave-kept = Хорошо, вы остаётесь в очереди.
move-confirm = Перейти в другой центр: { $center }? Там ваше место в очереди будет { $position }: оно считается по дню вашей записи.
move-confirm-yes = ✅ Да, перейти
move-done = Готово. Теперь ваш центр: { $center }. Ваше место в очереди: { $position }.
# Said above the towns again: the center chosen for a move is the one they wait at.
move-same = Вы уже в очереди в этом центре. Выберите другой.
center-closed-notice =
    Центр пока не принимает записи на курс «{ $course }»: { $center }.
    Ваше место не пропало. Можно выбрать другой центр: вы встанете в его очередь по времени своей записи. Можно подождать: когда центр снова начнёт записывать, мы напишем. Или выйдите из очереди.
center-closed-move = 🏛 Выбрать другой центр
center-closed-leave = Выйти из очереди
center-reopened-notice = Хорошая новость: { $center } снова принимает записи на курс «{ $course }». Вы остаётесь в его очереди, ваше место прежнее. Ничего делать не нужно.
center-opened-notice = В городе { $town } открылся ещё один центр: { $center }, { $address }. Вы ждёте курс «{ $course }» в другом центре. Если новый вам удобнее, можно перейти: место в очереди считается по дню вашей записи. Если нет, ничего делать не нужно.

## Centers

centers-ask-location = Чтобы найти ближайшие центры, нажмите «Отправить моё местоположение» внизу экрана.
centers-nearest = Ближайшие к вам центры:
center-details =
    { $name }
    Адрес: { $address }
    Телефон: { $phone }
    Часы работы: { $hours }

## Help

help =
    «Твой курс» — бесплатные занятия по компьютерной грамотности в библиотеках Кузбасса: для тех, кто ищет работу, для людей старшего возраста и людей с инвалидностью.

    /start — главное меню
    /language — сменить язык
    /cancel — отменить текущее действие
    /forget — удалить мои данные
help-center-phone = Телефон вашего центра ({ $center }): { $phone }
help-main-phone = Телефон программы «Твой курс»: { $phone }

## Forget

forget-confirm = Удалить все ваши данные (имя, телефон, записи в очереди)? Это нельзя отменить.
# Under the question, for someone holding a seat (enrolled, or offered one): it is freed for the next person (nobody may be waiting: probe31 L4).
forget-confirm-seats = { $count ->
    [one] Ваше место в группе на курсе { $courses } тоже освободится для следующего в очереди.
   *[other] Ваши места в группах на курсах { $courses } тоже освободятся для следующих в очереди.
}
forget-yes = Да, удалить
forget-no = Нет, оставить
forget-done = Ваши данные удалены, согласие отозвано. Спасибо, что были с нами!
forget-nothing = Мы не храним ваших персональных данных.
forget-kept = Хорошо, ничего не удалено.

## Commands

command-start = Главное меню
command-help = Помощь и телефон центра
command-language = Сменить язык
command-cancel = Отменить текущее действие
command-forget = Удалить мои данные
command-classes = Мои группы и списки
command-newclass = Открыть новую группу
command-attendance = Отметить посещаемость
command-change = Перенести или отменить занятия
command-broadcast = Рассылка участникам
command-stats = Статистика очереди
command-staff = Сотрудники
command-centers = Центры
command-export = Выгрузка в CSV
command-import = Загрузить список ожидания (CSV, XLSX)
