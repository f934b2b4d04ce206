# Helper fixT, round 22.

# The "soon" reminder of someone who took the seat within the hour before it was due: no "Will you come?" right
# after "I'll come", no buttons, but still when and where (walk s22 W22-22).
rem-soon-plain =
    Скоро занятие.
    Курс: { $course }
    Когда: { $near ->
        [today] { place-when-today }
       *[other] { $when }
    }
    Где: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Вопросы: { $librarian }, телефон { $phone }
       *[no] Вопросы: телефон { $phone }
    }

# A seat offer in a group at another time of day than the person asked for: the line stays longest waiting first,
# so the offer says so, and that "Не смогу" keeps their place (walk s22 W22-31). Added to the offer's lessons line.
offer-time-note = { $timeDiffers ->
    [yes] {"\u000A"}Вы просили { $timeAsked ->
        [morning] утром
        [afternoon] днём
       *[evening] вечером
    }: «Не смогу» сохранит место в очереди.
   *[no] {""}
}

# "My place in line": the next lesson when it is today or tomorrow (walk s22 W22-25), in place of the date.
place-when-today = сегодня в { $time }
place-when-tomorrow = завтра в { $time }
