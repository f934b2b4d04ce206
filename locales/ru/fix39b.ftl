## fix39b (walk38 L7): «Отказаться от места?» when people wait for the course but none of them can take this seat now
## (each declined this group before, or is out of reach): «в очереди никого нет» would not be true.

fix39b-release-confirm-none-can-take = Отказаться от места в группе «{ $course }»? Никто из очереди сейчас не может его занять: место пока останется свободным.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as fix35f-partner-declined (walk38 L4): one of
# their people took the seat offered (in Telegram, or on the phone to the library).
# walk40 L3: done, not «принимает» (is accepting); and no gender: the person may be a man or a woman.
fix39b-partner-seat-taken = 📌 { $name } теперь в группе «{ $course }»: согласие на место получено.
