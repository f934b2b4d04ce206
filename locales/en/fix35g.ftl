# fix35g (walk34 W34-10): a new center added before it opens. People may join its line at once and are told the day.
adm-ctr-field-opensOn = Opening day
fix35g-ask-opens = Is the center open already, or does it open later? If later, type the opening day, for example 15 December or 15.12. People can join its waiting list right away and will see the opening day when they choose the center.
fix35g-btn-open-now = ✅ Open already
fix35g-opens-today = That is today. If the center is open, press "Open already". Or type a later day, for example 15.12.
fix35g-opens-far = That is more than a year away. Type a nearer day or press "Open already".
fix35g-adm-opens = Opening: { $date }. People can already join its waiting list.
fix35g-adm-open-now = Opening: open already
# Where citizens choose a center, on its card, on the join's summary and on their place in line.
fix35g-opens-paren = (opens { $date }; you can join its list now)
fix35g-opens-named = { $center } opens { $date }; you can join its list now.
fix35g-opens-card = The center opens { $date }; you can join its waiting list now.
fix35g-opens-short = (opens { $date })
fix35g-place-opens = The center opens { $date }. Your place in line is kept already.
# fix35g (walk34 W34-02, after fix35c): /import's preview says which year a date written without one was taken for.
fix35g-imp-year-guessed = { $count ->
        [1] Line
       *[other] Lines
    } { $lines }{ $more ->
        [0] { "" }
       *[other] { "" } and { $more } more
    }: the date has no year, read as { $year }.
