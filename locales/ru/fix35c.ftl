# fix35c (walk34 W34-11): /stats says how many of the enrolled waited that long, as it is: all, or more than half.
fix35c-stats-wait-all = { $days ->
        [0] Все зачисленные получили место в день записи.
        [one] Все зачисленные ждали места не дольше { $days } дня.
        [few] Все зачисленные ждали места не дольше { $days } дней.
        [other] Все зачисленные ждали места не дольше { $days } дня.
       *[many] Все зачисленные ждали места не дольше { $days } дней.
    }
fix35c-stats-wait-most = { $days ->
        [0] Больше половины зачисленных получили место в день записи.
        [one] Больше половины зачисленных ждали места не дольше { $days } дня.
        [few] Больше половины зачисленных ждали места не дольше { $days } дней.
        [other] Больше половины зачисленных ждали места не дольше { $days } дня.
       *[many] Больше половины зачисленных ждали места не дольше { $days } дней.
    }

# /import's preview (walk34 W34-02): the lines whose date was not understood; $more: how many more lines besides.
fix35c-imp-bad-dates = Не понятна дата записи в строках: { $lines }{ $more ->
        [0] .
       *[other] { "" } и ещё { $more }.
    } Пишите дату так: 01.12.2025 или 1 декабря 2025.

# /find and /forgetperson (walk34 W34-14): names found with a slip in the search, after the exact ones.
fix35c-find-near = Похожие:
fix35c-find-only-near = Точно такого имени не нашла. Похожие: { $count }. Выберите человека:
