## fix36d (session 36)

# To a partner's representatives: the offers job offered a seat to one of their people who has a phone but no Telegram
# (after walk34 W34-17: the library calls, the partner is told, not asked). src/domain/partners/no-phone-offers.ts.
fix36d-partner-offer-called = Вашему человеку предложили место: { $name }, «{ $course }», { $center }. Библиотека звонит этому человеку по телефону, ответ нужен до { $until }. Вам ничего делать не нужно.

# The card's 📣 «tell the town» for a center added before its first day (walk34 W34-10): src/domain/center-opening.ts.
fix36d-center-opens-notice = В городе { $town } { $date } откроется ещё один центр: { $center }, { $address }. Записаться туда можно уже сейчас. Вы ждёте курс «{ $course }» в другом центре. Если новый удобнее, можно перейти: место в очереди считается по дню вашей записи. Если нет, ничего делать не нужно.

# To a person with Telegram whom staff moved (/find) to a center added before its first day: src/domain/desk-move.ts.
fix36d-desk-move-notice-opens = Вас перевели в другой центр, как вы просили. Курс «{ $course }»: { $center }. Центр откроется { $date }, ваше место в очереди уже сохранено: { $position }.

# An unlink of Telegram from a desk record cut off by a restart, finished by the privacy job (src/domain/unlink-telegram.ts).
fix36d-unlink-finished = Ваш Телеграм отвязан от записи, сделанной в библиотеке. Запись и место в очереди остались там. Сообщения о курсе сюда больше не придут.
# Her old messages with buttons in the account's chat (an offer, a reminder), edited once it is unlinked (src/outbox/unlink.ts).
fix36d-unlinked-old-message = Это сообщение больше не действует: Телеграм отвязан от записи в библиотеке.
