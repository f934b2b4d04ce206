## fix41a (session 41): /change → «🚪 Сменить аудиторию» (walk40 M1, scenes/reminders/change-room.ts)

rem-chg-act-room = 🚪 Сменить аудиторию
# The new room, typed; $room: the room now.
change-room-ask =
    Где теперь будут занятия? Сейчас: { $room }
    Напишите новую аудиторию, например: Зал 2, первый этаж.
change-room-same = Это та же аудитория. Напишите новую или нажмите «Назад».
# The room is the group's: it changes for every lesson still to come ($lessons of them).
change-room-preview =
    Сменить аудиторию?
    { $course }, { $center }
    Было: { $old }
    Станет: { $room }
    Все оставшиеся занятия ({ $lessons }) пройдут в новой аудитории.
    Участникам придёт сообщение: { $count }.
change-room-same-done = Аудитория уже такая. Ничего не меняли.

# To each person in the group (and holders of a seat offer): the days and times stay.
change-room-changed =
    Занятия переходят в другую аудиторию.
    Курс: { $course }
    Где: { $center }, { $address }
    Было: { $old }
    Теперь: { $room }
    Дни и время занятий прежние.

# To the center's librarians, about people without Telegram (call-digests.ts, no-phone-notices.ts).
calls-change-room =
    📞 Позвоните человеку без Телеграма: { $name }, телефон { $phone }.
    Занятия переходят в другую аудиторию: { $course }, теперь { $room }, было { $old }.
calls-digest-room =
    📞 Позвоните { calls-digest-who }: занятия переходят в другую аудиторию.
    { $course }: теперь { $room }, было { $old }. Телефоны — в списке.
no-phone-change-room =
    📌 Занятия переходят в другую аудиторию: { $course }, теперь { $room }, было { $old }.
    { no-phone-tell }
