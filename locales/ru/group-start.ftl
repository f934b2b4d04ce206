## fix30f (session 30): groups, leaving, stats, coming back

# To the group's librarian: a member gave up her seat, from «Моё место» or a reminder (walk30 W30-14).
seat-given-up-notice = 📌 { $name } отказывается от места в группе «{ $course }» и { $leave ->
        [yes] выходит из очереди.
       *[no] остаётся в очереди.
    } { $next ->
        [offered] Место предложено следующему в очереди: { $others }.
        [moved] Место занял человек из группы в другое время, который просил перевести его сюда: { $others }.
        [closed] Место свободно: группа уже не принимает новых людей.
       *[none] Место свободно: в очереди нет никого, кому его предложить.
    }

# /start for someone in a group with a lesson to come, instead of «Вы уже в очереди» (walk30 W30-08).
cls-start-in-groups =
    { $count ->
        [one] Вы в группе:
       *[other] Вы в группах:
    }
    { $groups }
    Всё о записи: кнопка «Моё место в очереди» внизу экрана.
cls-start-group-line = «{ $course }», следующее занятие { $when }, { $room }.

# /newclass: no seat offered, nobody in line to offer one to (walk30 W30-15), instead of «Предложено мест …: 0».
cls-created-empty-line = Группа создана. В очереди пока никого: места предложим, когда люди запишутся.
