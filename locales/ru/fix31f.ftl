## fix31f (session 31): the coordinator's numbers agree

# /stats counted for this request (a region counted quickly): the time of the figures (walk30 W30-15).
fix31f-stats-as-of-now = Данные на { $time }, посчитаны только что.
# /stats served from the stored snapshot (a large region): how old the total is, beside it (walk30 W30-15).
fix31f-stats-total-at = Всего ждут на { $time } ({ $minutes ->
        [0] только что
        [one] { $minutes } минуту назад
        [few] { $minutes } минуты назад
       *[many] { $minutes } минут назад
    })
