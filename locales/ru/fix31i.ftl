# Helper fix31i, round 31.

# «Отказаться от места?» when the group takes nobody new any more (walk31 W31-15): nobody will be offered the seat.
fix31i-release-confirm-stays = Отказаться от места в группе «{ $course }»? Группа уже не принимает новых людей, поэтому место останется свободным.

# To a partner's representatives: one of their people gave up a seat (walk31 W31-15).
fix31i-partner-seat-given-up = 📌 { $name } отказывается от места в группе «{ $course }» и { $leave ->
        [yes] выходит из очереди.
       *[no] остаётся в очереди.
    }{ $closed ->
        [yes] { " " }Группа уже не принимает новых людей. Новую группу можно попросить командой /request.
       *[no] {""}
    }
