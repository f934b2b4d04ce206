## fix31f (session 31): the coordinator's numbers agree

# /stats counted for this request (a region counted quickly): the time of the figures (walk30 W30-15).
fix31f-stats-as-of-now = Figures as of { $time }, counted just now.
# /stats served from the stored snapshot (a large region): how old the total is, beside it (walk30 W30-15).
fix31f-stats-total-at = Waiting in all as of { $time } ({ $minutes ->
        [0] just now
        [one] { $minutes } minute ago
       *[other] { $minutes } minutes ago
    })
