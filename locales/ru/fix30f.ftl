## fix30f (session 30): groups, leaving, stats, coming back

# To the group's librarian: a member gave up her seat, from «Моё место» or a reminder (walk30 W30-14).
fix30f-seat-given-up = 📌 { $name } отказывается от места в группе «{ $course }» и { $leave ->
        [yes] выходит из очереди.
       *[no] остаётся в очереди.
    } { $next ->
        [offered] Место предложено следующему в очереди: { $others }.
        [closed] Место свободно: группа уже не принимает новых людей.
       *[none] Место свободно: в очереди нет никого, кому его предложить.
    }
