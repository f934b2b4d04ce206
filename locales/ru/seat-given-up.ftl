# Helper fix31i, round 31.

# «Отказаться от места?» when the group takes nobody new any more (walk31 W31-15): nobody will be offered the seat.
release-confirm-stays = Отказаться от места в группе «{ $course }»? Группа уже не принимает новых людей, поэтому место останется свободным.

# To a partner's representatives: one of their people gave up a seat (walk31 W31-15).
partner-seat-given-up = 📌 { $name } отказывается от места в группе «{ $course }» и { $leave ->
        [yes] выходит из очереди.
       *[no] остаётся в очереди.
    }{ $closed ->
        [yes] { " " }Группа уже не принимает новых людей. Новую группу можно попросить командой /request.
       *[no] {""}
    }

## fix39b (walk38 L7): «Отказаться от места?» when people wait for the course but none of them can take this seat now
## (each declined this group before, or is out of reach): «в очереди никого нет» would not be true.

release-confirm-none-can-take = Отказаться от места в группе «{ $course }»? Никто из очереди сейчас не может его занять: место пока останется свободным.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as partner-declined (walk38 L4): one of
# their people took the seat offered (in Telegram, or on the phone to the library).
# walk40 L3: done, not «принимает» (is accepting); and no gender: the person may be a man or a woman.
partner-seat-taken = 📌 { $name } теперь в группе «{ $course }»: согласие на место получено.
