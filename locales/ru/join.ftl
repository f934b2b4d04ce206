## Join: steps, the welcome's language switch, already on the list

join-step = Шаг { $step } из { $total }.
language-switch = 🇬🇧 English
join-already-waiting = Вы уже в очереди на курс «{ $course }»: { $center }, место { $position }. Хотите перейти в другой центр? Время записи сохранится.
join-already-move = 🏛 Перейти в другой центр
join-already-stay = Остаться здесь
join-already-kept = Хорошо. Вы остаётесь в очереди: { $center }, место { $position }.
join-already-offered = Вам уже предложено место в группе курса «{ $course }»: { $center }. Ответьте, пожалуйста, на сообщение с предложением.
move-center-how = Куда перейти? Выберите город или напишите его название. Или нажмите «Ближайший ко мне».

## Centers near me

centers-where = Где искать центры? Выберите город или напишите его название. Или нажмите «Ближайшие ко мне».
centers-nearest-button = 📍 Ближайшие ко мне
centers-in-town = Центры в городе { $town }:
center-line = { $name }, телефон { $phone }
center-line-km = { $name }: { $km } км, телефон { $phone }
center-info-button = Часы работы: { $name }

## What a question takes

use-words = Пожалуйста, напишите ответ словами в сообщении. Или нажмите «Отмена».
use-buttons-or-words = Пожалуйста, нажмите кнопку под вопросом или напишите ответ словами.

## Added in stop 18 (fixes from the probes and the walk)
# A phone typed among words that still could not be read (no digits, two numbers, a local number without its code).
join-phone-unreadable = Не получилось прочитать номер. Напишите его полностью, с кодом, например 8 900 123-45-67, или нажмите «Отправить мой телефон».
# The center was hidden while the citizen answered: nothing was saved, another center is asked for, the other answers are kept.
join-center-closed = Этот центр только что перестал принимать записи: { $center }. Записать вас туда не получилось. Выберите другой центр, остальные ответы сохранены.
# A returning citizen whose record was deleted during the join (/forget in another window).
join-record-gone = Ваши данные уже удалены. Чтобы записаться, начните заново: «Записаться на курс».

## fix31c: a course named in the words that began the join is taken (walk30 W30-11)

join-course-named = Курс: «{ $course }». Выбрать другой можно кнопкой «Назад».
