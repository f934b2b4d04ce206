# task31 fixJ (walk31 W31-17, W31-12, W31-13)
fix31j-new-closed-days =
    ⚠ Центр закрыт { closed-days-said }: { $count ->
        [1] занятие { $dates } попадает
       *[other] занятия { $dates } попадают
    } на { $oneDay ->
        [yes] этот день
       *[no] эти дни
    }. Чтобы изменить даты, нажмите «Назад».
# /broadcast's preview (walk31 W31-12): the first number is of those who get it, not of everyone counted below.
fix31j-bc-preview-count = Получат в Телеграме: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}Заблокировали бота: { $unreachable } — им не придёт.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Без Телеграма: { $phoneOnly } — позвоните им по телефону.
    } Отправить?
fix31j-bc-preview-count-no-phone = Получат в Телеграме: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}Заблокировали бота: { $unreachable } — им не придёт.
    } Без Телеграма: { $phoneOnly } — { $called ->
        [0] {""}
       *[other] позвоните { $called },{" "}
    }без телефона { $noPhone } — скажите при встрече. Отправить?
# /calls: the button of a center closed for some days, by its days (walk31 W31-13: the center's name made it 85 characters).
fix31j-calls-btn-close-days = 🏢 Закрыт { $oneDay ->
        [yes] { $from }
       *[no] { $from }–{ $to }
    }: позвонили { $done } из { $count }
# The person's message of a center closed for some days (walk31 W31-13): the place first, once, without two colons.
fix31j-days-notice =
    { $place } не работает { closed-days-said }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Занятия в эти дни отменены:
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…и ещё { $more } { $more ->
                    [one] занятие
                    [few] занятия
                   *[many] занятий
                }
            }
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Группа отменена: { $cancelled }. Вы снова в очереди на прежнем месте.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Это были последние занятия: { $ended }. Курс окончен, спасибо, что занимались!
    }
    Вопросы: { $phone }
