# fix35g (walk34 W34-10): a new center added before it opens. People may join its line at once and are told the day.
adm-ctr-field-opensOn = Opening day
ask-opens = Is the center open already, or does it open later? If later, type the opening day, for example 15 December or 15.12. People can join its waiting list right away and will see the opening day when they choose the center.
btn-open-now = ✅ Open already
opens-today = That is today. If the center is open, press "Open already". Or type a later day, for example 15.12.
opens-far = That is more than a year away. Type a nearer day or press "Open already".
adm-opens = Opening: { $date }. People can already join its waiting list.
adm-open-now = Opening: open already
# Where citizens choose a center, on its card, on the join's summary and on their place in line.
opens-paren = (opens { $date }; you can join its list now)
opens-named = { $center } opens { $date }; you can join its list now.
opens-card = The center opens { $date }; you can join its waiting list now.
opens-short = (opens { $date })
place-opens = The center opens { $date }. Your place in line is kept already.
# fix35g (walk34 W34-02, after fix35c): /import's preview says which year a date written without one was taken for.
imp-year-guessed = { $count ->
        [1] Line
       *[other] Lines
    } { $lines }{ $more ->
        [0] { "" }
       *[other] { "" } and { $more } more
    }: the date has no year, read as { $year }.

## fix36d (session 36)

# To a partner's representatives: the offers job offered a seat to one of their people who has a phone but no Telegram
# (after walk34 W34-17: the library calls, the partner is told, not asked). src/domain/partners/no-phone-offers.ts.
partner-offer-called = One of your people has been offered a seat: { $name }, “{ $course }”, { $center }. The library is phoning them; the answer is needed by { $until }. You need not do anything.

# The card's 📣 «tell the town» for a center added before its first day (walk34 W34-10): src/domain/center-opening.ts.
center-opens-notice = Another center opens in { $town } on { $date }: { $center }, { $address }. You can join its line now. You are waiting for "{ $course }" at another center. If the new one suits you better, you can move: your place counts from the day you joined. If not, there is nothing to do.

# To a person with Telegram whom staff moved (/find) to a center added before its first day: src/domain/desk-move.ts.
desk-move-notice-opens = You have been moved to another center, as you asked. Course “{ $course }”: { $center }. The center opens on { $date }; your place in line is kept: { $position }.

# An unlink of Telegram from a desk record cut off by a restart, finished by the privacy job (src/domain/unlink-telegram.ts).
unlink-finished = Your Telegram has been unlinked from the record made at the library. The record and the place in line stay there. Messages about the course will no longer come here.
# Her old messages with buttons in the account's chat (an offer, a reminder), edited once it is unlinked (src/outbox/unlink.ts).
unlinked-old-message = This message no longer works: Telegram has been unlinked from the record at the library.
