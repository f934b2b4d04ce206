## Common

btn-back = ← Назад
btn-cancel = ✖ Отмена
btn-skip = Пропустить
btn-yes = Да
btn-no = Нет
cancelled = Хорошо, отменили. Вы в главном меню.
use-buttons = Пожалуйста, нажмите одну из кнопок под сообщением.
button-outdated = Эта кнопка уже не действует.
error-generic = Извините, что-то пошло не так. Попробуйте ещё раз или нажмите /start.
unknown-text = Я не понял сообщение. Пожалуйста, выберите действие кнопками внизу экрана.
not-allowed = Эта команда только для сотрудников библиотеки.

## Start

welcome =
    Здравствуйте, { $name }!
    Это бот бесплатных курсов «Твой курс»: компьютерная грамотность в библиотеках Кузбасса.
    Здесь можно записаться на курс и узнать своё место в очереди.
choose-language = Выберите язык / Choose a language:
lang-ru = Русский
lang-en = English
language-set = Язык: русский.
main-menu-prompt = Что вы хотите сделать? Нажмите кнопку внизу экрана.

## Menu

menu-join = 📝 Записаться на курс
menu-place = 🔢 Моё место в очереди
menu-centers = 📍 Центры рядом
menu-help = ❓ Помощь

## Join

join-choose-course = Шаг 1 из 6. Выберите курс:
join-center-how = Шаг 2 из 6. Где вам удобно заниматься? Можно найти ближайший центр или выбрать город.
join-center-nearest = 📍 Ближайший ко мне
join-center-by-town = 🏙 Выбрать город
location-ask = Нажмите кнопку «📍 Отправить моё местоположение» внизу экрана.
location-button = 📍 Отправить моё местоположение
location-invalid = Не получилось прочитать местоположение. Нажмите кнопку внизу экрана или выберите город.
join-nearest-list = Ближайшие центры. Выберите один:
center-with-distance = { $name } — { $km } км
join-choose-town = Выберите город:
join-choose-center = Выберите центр:
join-choose-time = Шаг 3 из 6. Когда вам удобнее заниматься?
time-morning = Утром
time-afternoon = Днём
time-evening = Вечером
time-any = Не важно
join-name-confirm = Шаг 4 из 6. Как к вам обращаться? В Telegram вы указаны как: { $name }.
join-name-keep = ✓ Да, { $name }
join-name-other = ✎ Другое имя
join-name-ask = Напишите, пожалуйста, ваше имя и фамилию.
join-name-invalid = Имя должно быть от 2 до 100 букв. Напишите ещё раз.
join-phone-ask = Шаг 5 из 6. Оставьте телефон, чтобы библиотека могла вам позвонить. Нажмите «📱 Отправить мой телефон» внизу экрана или «Пропустить».
phone-button = 📱 Отправить мой телефон
join-phone-invalid = Такого номера телефона не бывает. Проверьте цифры и напишите ещё раз, например +7 900 123-45-67, или нажмите «📱 Отправить мой телефон».
join-phone-not-own = Пожалуйста, отправьте свой номер кнопкой «📱 Отправить мой телефон».
join-consent =
    Шаг 6 из 6. Согласие на обработку персональных данных (версия { $version }):

    { $text }
consent-text = Я согласен(на), чтобы Кемеровская областная научная библиотека им. В. Д. Фёдорова хранила и использовала моё имя и телефон для записи на курсы «Твой курс» и напоминаний о занятиях. Согласие можно отозвать в любой момент командой /forget: тогда мои данные будут удалены.
consent-agree = ✓ Согласен(на)
consent-decline = Не согласен(на)
consent-declined = Без согласия мы не можем записать вас в очередь, поэтому ничего не сохранили. Записаться можно и по телефону центра: { $phone }.
join-summary =
    Проверьте, пожалуйста:

    Курс: { $course }
    Центр: { $center }
    Время: { $time }
    Имя: { $name }
    Телефон: { $phone }
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
    Готово! Вы в очереди на курс «{ $course }» в центре «{ $center }».
    Ваше место в очереди: { $position }.
join-already = Вы уже в очереди на курс «{ $course }» в центре «{ $center }». Ваше место: { $position }.
join-already-enrolled = Вы уже записаны в группу курса «{ $course }».

## Place in line

place-none = Вы пока не записаны ни на один курс. Нажмите «📝 Записаться на курс».
place-header = Ваши записи:
place-entry = «{ $course }», { $center }: место в очереди { $position }.
place-entry-offered = «{ $course }», { $center }: вам предложено место в группе. Ответьте на сообщение с предложением.
place-entry-enrolled = «{ $course }», { $center }: вы записаны в группу.
place-estimate = Примерное ожидание: около { $weeks } нед.
place-leave = Выйти из очереди: { $course }
place-move = Сменить центр: { $course }
leave-confirm = Выйти из очереди на курс «{ $course }»? Место в очереди будет потеряно.
leave-yes = Да, выйти
leave-done = Вы вышли из очереди на курс «{ $course }».
leave-kept = Хорошо, вы остаётесь в очереди.
move-done = Готово. Теперь вы в очереди в центре «{ $center }». Ваше место: { $position }.
move-same = Вы уже в очереди в этом центре.

## Centers

centers-ask-location = Чтобы найти ближайшие центры, нажмите «📍 Отправить моё местоположение» внизу экрана.
centers-nearest = Ближайшие к вам центры:
center-details =
    { $name }
    { $address }
    Телефон: { $phone }
    Часы работы: { $hours }
    Расстояние: { $km } км

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
