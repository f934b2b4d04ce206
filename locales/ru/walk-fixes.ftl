## Fixes from the usability walk of session 15 (notes/walk-s15.md)

# /calls: a day without calls before lessons is said plainly, without a button that opens nothing.
calls-today-none = Сегодня ({ $date }) звонков перед занятиями нет.
calls-tomorrow-none = Завтра ({ $date }) звонков перед занятиями нет.

# The join summary once confirmed: a record of what was sent, without the instruction for its buttons (gone).
join-record =
    Курс: { $course }
    Центр: { $center }
    Время: { $time }
    Имя: { $name }
    Телефон: { $phone }

# A partner added: the next steps are buttons under the message (prt-created), not a command to type.
prt-btn-open = 📂 Открыть карточку организации

# The new-request notice to staff (prt-req-new-staff): a button opens that request.
prt-req-btn-open = 📋 Открыть заявку

# /attendance after Save: the next lesson to mark (when it has begun) and the group's lessons, as buttons.
cls-attendance-next = ➡ Следующее занятие: { $index }. { $time }
cls-attendance-to-lessons = ← К занятиям группы
