## fix29i (session 29): a partner's people without a phone; held seats running out

# A representative's /add of a person with neither phone nor Telegram (walk29 W29-12): the partner is the way to them.
add-done-partner =
    Записали в очередь: «{ $course }», { $center }. Место в очереди: { $position }.
    Телефона и Телеграма у человека нет: когда подойдёт очередь, мы напишем вам, а вы скажите человеку сами.

# To a partner's representatives: a seat is offered to one of their people without a phone (walk29 W29-12).
partner-offer =
    Для вашего человека без телефона есть место в группе: { $name }, «{ $course }», { $center }, { $address }, { $room }.
    Занятия: { lessons-said }
    Место держим до { $until }. { $own ->
        [yes] Скажите человеку сами и запишите его в группу командой /groups.
       *[no] Скажите человеку сами: пусть до этого срока придёт в библиотеку или позвонит туда: { $phone }.
    }

# /referrals: an offer to someone with no phone (walk29 W29-12).
ref-offered-no-phone = Предложено место: { $center }, ответ до { $until }. Телефона нет: скажите человеку сами{ $own ->
        [yes] {""} и запишите его в группу командой /groups.
       *[no] : пусть придёт в библиотеку или позвонит туда: { $phone }.
    }

# To the center's librarians: a seat held for a person with no phone ran out (walk29 W29-23).
hold-ended = 📌 { $name }: прошёл срок, до которого держали место в группе «{ $course }». Место больше не держим, человек снова в очереди, место { $position }. Если придёт — найдите его командой /find.

# The request's group is open and seats were offered at once to the partner's people already in line (walk29 W29-13).
# Who calls those without Telegram (walk34 W34-17): the library, on its call card; the partner only those with no phone.
req-accepted-offered =
    Ваша заявка принята! Для ваших людей открыта группа: курс «{ $course }», { $center }, начало { $start }.
    Места уже предложены { $offered ->
        [one] { $offered } вашему человеку
       *[other] { $offered } вашим людям
    } из очереди: кто и до какого срока — /referrals. Людям без Телеграма звонит библиотека, людям без телефона скажете вы: /groups.
    Новых людей записывайте как раньше: ссылка /link или команда /add.

# To the center's librarians: a partner put one of its people into its group, so nobody needs to call them (walk29 W29-13).
partner-put-in = 📌 Организация «{ $partner }» сама записала в группу «{ $course }»: { $name }. Звонить этому человеку не нужно.

# /export's «Телеграм» column for a person with neither Telegram nor a phone (probe29 L4).
adm-exp-telegram-none = нет, сказать лично
bc-nobody-in-telegram = В Телеграме это сообщение не получит никто: заблокировали бота — { $unreachable }, без Телеграма — { $phoneOnly }. Людям без Телеграма позвоните по телефону, а тем, у кого нет и телефона ({ $noPhone }), скажите при встрече. Выберите другую аудиторию.

# A Telegram join with the name of a person with no phone who has a seat there already (walk29 W29-23).
namesake-join = Человек с таким же именем уже записан на этот курс в этой библиотеке. Если это вы, второе место не нужно: скажите библиотекарю. Библиотекари уже знают и проверят.
namesake-staff = 📌 В Телеграме на курс «{ $course }» записался человек с тем же именем, что у { $name } (без телефона, { $status ->
        [enrolled] уже в группе
       *[other] место в группе держим
    }). Проверьте, не один ли это человек: /find.
