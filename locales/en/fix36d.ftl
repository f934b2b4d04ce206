## fix36d (session 36)

# To a partner's representatives: the offers job offered a seat to one of their people who has a phone but no Telegram
# (after walk34 W34-17: the library calls, the partner is told, not asked). src/domain/partners/no-phone-offers.ts.
fix36d-partner-offer-called = One of your people has been offered a seat: { $name }, “{ $course }”, { $center }. The library is phoning them; the answer is needed by { $until }. You need not do anything.

# The card's 📣 «tell the town» for a center added before its first day (walk34 W34-10): src/domain/center-opening.ts.
fix36d-center-opens-notice = Another center opens in { $town } on { $date }: { $center }, { $address }. You can join its line now. You are waiting for "{ $course }" at another center. If the new one suits you better, you can move: your place counts from the day you joined. If not, there is nothing to do.

# To a person with Telegram whom staff moved (/find) to a center added before its first day: src/domain/desk-move.ts.
fix36d-desk-move-notice-opens = You have been moved to another center, as you asked. Course “{ $course }”: { $center }. The center opens on { $date }; your place in line is kept: { $position }.

# An unlink of Telegram from a desk record cut off by a restart, finished by the privacy job (src/domain/unlink-telegram.ts).
fix36d-unlink-finished = Your Telegram has been unlinked from the record made at the library. The record and the place in line stay there. Messages about the course will no longer come here.
# Her old messages with buttons in the account's chat (an offer, a reminder), edited once it is unlinked (src/outbox/unlink.ts).
fix36d-unlinked-old-message = This message no longer works: Telegram has been unlinked from the record at the library.
