# Helper fixC, round 21: a citizen who types, speaks or sends stickers instead of tapping.

# A voice message, audio or a video note (walk s21 W21-08). $hint: what the question or the menu takes.
not-heard-voice = Бот не слушает голосовые сообщения. { $hint } Если удобнее поговорить, позвоните: { $phone }
not-heard-sticker = Бот не понимает стикеры. { $hint } Если удобнее поговорить, позвоните: { $phone }
not-heard-menu = Выберите, что нужно, кнопками внизу экрана или напишите словами.

# "My place in line" of a person enrolled in a group: when the next lesson is, the room and the library's address (walk s21 W21-10).
place-next-lesson-address = Ближайшее занятие: { $when }, { $room }. Адрес: { $address }.

# The join summary of a second course after the name was changed: one name for all the person's entries (walk s21 W21-02).
join-summary-renames = Имя одно на все ваши записи: оно изменится и в записи на { $courses }.
join-summary-course = «{ $course }»

# Help: how to sign up a relative who has no Telegram (walk s21 W21-01). -here: under the program's phone.
help-relative-phone = Записать родственника без Телеграма можно в библиотеке или по телефону программы: { $phone }
help-relative-here = Записать родственника без Телеграма можно в библиотеке или по этому телефону.

# A shared location farther than 300 km from every center (probe s21 L7); the towns are asked again below it.
location-far-away = Похоже, вы не в Кузбассе: до ближайшего центра больше 300 километров. Выберите город.

# A voice message or a sticker at the phone step (walk s21 W21-08).
join-phone-not-heard-voice = Бот не слушает голосовые сообщения. Напишите номер, например 8 900 123-45-67, или нажмите «Отправить мой телефон» внизу экрана.
join-phone-not-heard-sticker = Бот не понимает стикеры. Напишите номер, например 8 900 123-45-67, или нажмите «Отправить мой телефон» внизу экрана.

## fix30g: answered reminders (walk30 W30-07)

rem-answered-yes = ✓ Вы ответили «Приду».
rem-answered-no = Вы ответили «Не смогу».

## A question typed under a seat offer (walk30 W30-11)

unknown-text-offer-ask = { $librarianKnown ->
    [yes] С вопросами звоните: { $librarian }, телефон { $phone }.
   *[no] С вопросами звоните по телефону { $phone }.
}
