# task34 fixC (walk31 W31-13 rest): a center closed for some days: its lessons are not made up, and when hers go on.
fix34c-days-notice =
    { $place } не работает { closed-days-said }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Занятия в эти дни отменены и не переносятся:
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…и ещё { $more } { $more ->
                    [one] занятие
                    [few] занятия
                   *[many] занятий
                }
            }
    }{ $next ->
        [none] {""}
       *[other] {"\u000A"}Занятия продолжатся { $next }.
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Группа отменена: { $cancelled }. Вы снова в очереди на прежнем месте.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Это были последние занятия: { $ended }. Курс окончен, спасибо, что занимались!
    }
    Вопросы: { $phone }
