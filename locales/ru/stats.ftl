## fix31f (session 31): the coordinator's numbers agree

# /stats counted for this request (a region counted quickly): the time of the figures (walk30 W30-15).
stats-as-of-now = Данные на { $time }, посчитаны только что.
# /stats served from the stored snapshot (a large region): how old the total is, beside it (walk30 W30-15).
stats-total-at = Всего ждут на { $time } ({ $minutes ->
        [0] только что
        [one] { $minutes } минуту назад
        [few] { $minutes } минуты назад
       *[many] { $minutes } минут назад
    })

# fix35c (walk34 W34-11): /stats says how many of the enrolled waited that long, as it is: all, or more than half.
stats-wait-all = { $days ->
        [0] Все зачисленные получили место в день записи.
        [one] Все зачисленные ждали места не дольше { $days } дня.
        [few] Все зачисленные ждали места не дольше { $days } дней.
        [other] Все зачисленные ждали места не дольше { $days } дня.
       *[many] Все зачисленные ждали места не дольше { $days } дней.
    }
stats-wait-most = { $days ->
        [0] Больше половины зачисленных получили место в день записи.
        [one] Больше половины зачисленных ждали места не дольше { $days } дня.
        [few] Больше половины зачисленных ждали места не дольше { $days } дней.
        [other] Больше половины зачисленных ждали места не дольше { $days } дня.
       *[many] Больше половины зачисленных ждали места не дольше { $days } дней.
    }

# /import's preview (walk34 W34-02): the lines whose date was not understood; $more: how many more lines besides.
imp-bad-dates = Не понятна дата записи в строках: { $lines }{ $more ->
        [0] .
       *[other] { "" } и ещё { $more }.
    } Пишите дату так: 01.12.2025 или 1 декабря 2025.

# /find and /forgetperson (walk34 W34-14): names found with a slip in the search, after the exact ones.
find-near = Похожие:
find-only-near = Точно такого имени не нашла. Похожие: { $count }. Выберите человека:
