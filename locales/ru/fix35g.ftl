# fix35g (walk34 W34-10): a new center added before it opens. People may join its line at once and are told the day.
adm-ctr-field-opensOn = День открытия
fix35g-ask-opens = Центр уже работает или откроется позже? Если позже, напишите день открытия, например 15 декабря или 15.12. Записаться в очередь жители смогут сразу, а день открытия увидят, когда будут выбирать центр.
fix35g-btn-open-now = ✅ Уже работает
fix35g-opens-today = Это сегодня. Если центр уже открыт, нажмите «Уже работает». Или напишите день позже сегодняшнего, например 15.12.
fix35g-opens-far = Это дальше, чем через год. Напишите день ближе или нажмите «Уже работает».
fix35g-adm-opens = Открытие: { $date }. Жители уже могут записаться в очередь.
fix35g-adm-open-now = Открытие: уже работает
# Where citizens choose a center, on its card, on the join's summary and on their place in line.
fix35g-opens-paren = (откроется { $date }, записаться можно уже сейчас)
fix35g-opens-named = { $center } откроется { $date }, записаться можно уже сейчас.
fix35g-opens-card = Центр откроется { $date }, записаться в очередь можно уже сейчас.
fix35g-opens-short = (откроется { $date })
fix35g-place-opens = Центр откроется { $date }. Ваше место в очереди уже сохранено.
# fix35g (walk34 W34-02, after fix35c): /import's preview says which year a date written without one was taken for.
fix35g-imp-year-guessed = { $count ->
        [1] В строке
       *[other] В строках
    } { $lines }{ $more ->
        [0] { "" }
       *[other] { "" } и ещё { $more }
    } дата без года: считаю, что это { $year } год.
