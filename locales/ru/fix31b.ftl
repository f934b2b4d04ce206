# Helper fix31b, round 31.

# /import's check file captioned by what it holds: only rows added with a remark, or those and rows not added.
fix31b-imp-details-remarks = Строки, которые будут добавлены, с замечаниями.
fix31b-imp-details-both = Строки, которые не будут добавлены, с причинами, и строки, которые будут добавлены, с замечаниями.

# A seat offer sent again after /change closed the center for some days (src/domain/center-days.ts): said so, not
# «Расписание группы изменилось»; the last day only, within 60 words at its longest. $closedOneDay: yes / no;
# $closedFrom: the day when one; $closedTo: the last day («6 декабря»).
fix31b-offer-days-off =
    Центр закрыт { $closedOneDay ->
        [yes] { $closedFrom }
       *[no] по { $closedTo }
    }. Место за вами.

    Курс: { $course }
    Где: { $center }, { $address }, { $room }
    Занятия теперь: { lessons-said }{ offer-time-note }

    { $untilToday ->
        [yes] Ответьте сегодня до { $untilTime }.
       *[no] Ответьте до { $until }.
    }

# The call list of a center closed for some days (/change → «Все группы центра»), whatever courses its calls are of.
calls-close-days-list-title =
    📞 Центр закрыт на несколько дней ({ $center }), занятия в эти дни отменены. Позвоните ({ $done } из { $count }):

# fix30b-days-notice with at most three lesson lines (the first ones and how many more: $more) and a shorter «group
# cancelled», so that a person in several groups stays within 60 words.
fix31b-days-notice =
    Центр не работает { closed-days-said }: { $center }.{ $list ->
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
