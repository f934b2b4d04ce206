# fix35g (walk34 W34-10): a new center added before it opens. People may join its line at once and are told the day.
adm-ctr-field-opensOn = День открытия
ask-opens = Центр уже работает или откроется позже? Если позже, напишите день открытия, например 15 декабря или 15.12. Записаться в очередь жители смогут сразу, а день открытия увидят, когда будут выбирать центр.
btn-open-now = ✅ Уже работает
opens-today = Это сегодня. Если центр уже открыт, нажмите «Уже работает». Или напишите день позже сегодняшнего, например 15.12.
opens-far = Это дальше, чем через год. Напишите день ближе или нажмите «Уже работает».
adm-opens = Открытие: { $date }. Жители уже могут записаться в очередь.
adm-open-now = Открытие: уже работает
# Where citizens choose a center, on its card, on the join's summary and on their place in line.
opens-paren = (откроется { $date }, записаться можно уже сейчас)
opens-named = { $center } откроется { $date }, записаться можно уже сейчас.
opens-card = Центр откроется { $date }, записаться в очередь можно уже сейчас.
opens-short = (откроется { $date })
place-opens = Центр откроется { $date }. Ваше место в очереди уже сохранено.
# fix35g (walk34 W34-02, after fix35c): /import's preview says which year a date written without one was taken for.
imp-year-guessed = { $count ->
        [1] В строке
       *[other] В строках
    } { $lines }{ $more ->
        [0] { "" }
       *[other] { "" } и ещё { $more }
    } дата без года: считаю, что это { $year } год.

## fix36d (session 36)

# To a partner's representatives: the offers job offered a seat to one of their people who has a phone but no Telegram
# (after walk34 W34-17: the library calls, the partner is told, not asked). src/domain/partners/no-phone-offers.ts.
partner-offer-called = Вашему человеку предложили место: { $name }, «{ $course }», { $center }. Библиотека звонит этому человеку по телефону, ответ нужен до { $until }. Вам ничего делать не нужно.

# The card's 📣 «tell the town» for a center added before its first day (walk34 W34-10): src/domain/center-opening.ts.
center-opens-notice = В городе { $town } { $date } откроется ещё один центр: { $center }, { $address }. Записаться туда можно уже сейчас. Вы ждёте курс «{ $course }» в другом центре. Если новый удобнее, можно перейти: место в очереди считается по дню вашей записи. Если нет, ничего делать не нужно.

# To a person with Telegram whom staff moved (/find) to a center added before its first day: src/domain/desk-move.ts.
desk-move-notice-opens = Вас перевели в другой центр, как вы просили. Курс «{ $course }»: { $center }. Центр откроется { $date }, ваше место в очереди уже сохранено: { $position }.

# An unlink of Telegram from a desk record cut off by a restart, finished by the privacy job (src/domain/unlink-telegram.ts).
unlink-finished = Ваш Телеграм отвязан от записи, сделанной в библиотеке. Запись и место в очереди остались там. Сообщения о курсе сюда больше не придут.
# Her old messages with buttons in the account's chat (an offer, a reminder), edited once it is unlinked (src/outbox/unlink.ts).
unlinked-old-message = Это сообщение больше не действует: Телеграм отвязан от записи в библиотеке.
