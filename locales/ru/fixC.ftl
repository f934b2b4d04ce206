# Helper fixC, round 21: a citizen who types, speaks or sends stickers instead of tapping.

# A voice message, audio or a video note (walk s21 W21-08). $hint: what the question or the menu takes.
not-heard-voice = Бот не слушает голосовые сообщения. { $hint } Если удобнее поговорить, позвоните: { $phone }
not-heard-sticker = Бот не понимает стикеры. { $hint } Если удобнее поговорить, позвоните: { $phone }
not-heard-menu = Выберите, что нужно, кнопками внизу экрана или напишите словами.

# "My place in line" of a person enrolled in a group: when the next lesson is, the room and the library's address (walk s21 W21-10).
place-next-lesson-address = Ближайшее занятие: { $when }, { $room }. Адрес: { $town }, { $address }.
