# Helper fixT, round 22.

# The "soon" reminder of someone who took the seat within the hour before it was due: no "Will you come?" right
# after "I'll come", no buttons, but still when and where (walk s22 W22-22).
rem-soon-plain =
    Скоро занятие.
    Курс: { $course }
    Когда: { $when }
    Где: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }
