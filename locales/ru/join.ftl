## Join: steps, the welcome's language switch, already on the list

join-step = Шаг { $step } из { $total }.
language-switch = 🇬🇧 English
join-already-waiting = Вы уже в очереди на курс «{ $course }»: { $center }, место { $position }. Хотите перейти в другой центр? Время записи сохранится.
join-already-move = 🏛 Перейти в другой центр
join-already-stay = Остаться здесь
join-already-kept = Хорошо. Вы остаётесь в очереди: { $center }, место { $position }.
join-already-offered = Вам уже предложено место в группе курса «{ $course }»: { $center }. Ответьте, пожалуйста, на сообщение с предложением.
move-center-how = Куда перейти? Выберите город или нажмите «📍 Ближайший ко мне».

## Centers near me

centers-where = Где искать центры? Выберите город или нажмите «📍 Ближайшие ко мне».
centers-nearest-button = 📍 Ближайшие ко мне
centers-in-town = Центры в городе { $town }:
center-line = { $name }, телефон { $phone }
center-line-km = { $name }: { $km } км, телефон { $phone }
center-info-button = Часы работы: { $name }

## What a question takes

use-words = Пожалуйста, напишите ответ словами в сообщении. Или нажмите «✖ Отмена».
use-buttons-or-words = Пожалуйста, нажмите кнопку под вопросом или напишите ответ словами.
