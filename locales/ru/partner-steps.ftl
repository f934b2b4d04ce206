## fixR (session 22): a partner's representative, from booking a group to who came

# The request's group is open: what the representative does next (walk s22 W22-14).
req-accepted =
    Ваша заявка принята! Для ваших людей открыта группа: курс «{ $course }», { $center }, начало { $start }.
    Как записать людей:
    1. Людям с Телеграмом отправьте ссылку /link: пусть выберут курс «{ $course }», место бот предложит сам.
    2. Людей без Телеграма запишите командой /add.
    3. Потом запишите их в группу: /groups.

# Above the course question of a partner's referral link, when the partner has a group for its people (walk s22 W22-15).
join-partner-courses = Организация «{ $partner }» записывает вас на { $count ->
        [one] курс { $courses }: он первый в списке.
       *[other] курсы { $courses }: они первые в списке.
    }

# A representative's /add when the organization's group has a seat free: one message, with a button (walk s22 W22-16).
# Without the name and phone, as desk-add-done: this message stays after /forgetperson.
add-done-seat = Записали в очередь: «{ $course }», { $center }. Место в очереди: { $position }.
add-seat-ask = В группе вашей организации есть свободное место. Записать человека в группу сейчас?
add-put-in = ➕ Записать в группу
# With where and when: the representative is the one who tells the person (walk38: only «записали» was said).
add-put-in-done =
    Записали человека в группу вашей организации. Скажите человеку сами: «{ $course }», { $center }, { $address }, { $room }.
    Занятия: { lessons-said }

# /groups: under a group, each lesson whose attendance is marked (walk s22 W22-21).
group-lesson = Занятие { $n } ({ $day }): пришли { $came } из { $of }.

# A librarian's call card once someone else answered it (a partner's representative put the person in): the card as it
# was, then what happened and who recorded it, as a press on it shows (walk s22 W22-13).
call-closed =
    { calls-task }

    { calls-status }

    { calls-answered-by }
call-closed-begun =
    { calls-task-begun }

    { calls-status }

    { calls-answered-by }

# /groups → «➕ Имя»: where the lessons are, which the representative tells the person (walk38 L1); the group's line above says the
# start (the lessons' list would take the screen over 60 words).
fill-enrolled-where = { $name }: записали в группу. Скажите человеку сами, где занятия: { $address }, { $room }.
