## fix39b (walk38 L7): "Give up the seat?" when people wait for the course but none of them can take this seat now
## (each declined this group before, or is out of reach): "nobody is waiting" would not be true.

fix39b-release-confirm-none-can-take = Give up your seat in the "{ $course }" group? Nobody in line can take it now: the seat will stay free for the time being.

# To a partner's representatives (src/domain/partners/seat-given-up-partner.ts), as fix35f-partner-declined (walk38 L4): one of
# their people took the seat offered (in Telegram, or on the phone to the library).
fix39b-partner-seat-taken = 📌 { $name } took the seat in the “{ $course }” group.
