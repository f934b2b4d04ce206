## Fixes from the usability walk of session 15 (notes/walk-s15.md)

# /calls: a day without calls before lessons is said plainly, without a button that opens nothing.
calls-today-none = Today ({ $date }): no calls before lessons.
calls-tomorrow-none = Tomorrow ({ $date }): no calls before lessons.

# The join summary once confirmed: a record of what was sent, without the instruction for its buttons (gone).
join-record =
    Course: { $course }
    Center: { $center }
    Time: { $time }
    Name: { $name }
    Phone: { $phone }

# A partner added: the next steps are buttons under the message (prt-created), not a command to type.
prt-btn-open = 📂 Open the organization's card

# The new-request notice to staff (prt-req-new-staff): a button opens that request.
prt-req-btn-open = 📋 Open the request

# /attendance after Save: the next lesson to mark (when it has begun) and the group's lessons, as buttons.
cls-attendance-next = ➡ Next lesson: { $index }. { $time }
cls-attendance-to-lessons = ← To the group's lessons
