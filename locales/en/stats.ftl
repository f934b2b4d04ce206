## fix31f (session 31): the coordinator's numbers agree

# /stats counted for this request (a region counted quickly): the time of the figures (walk30 W30-15).
stats-as-of-now = Figures as of { $time }, counted just now.
# /stats served from the stored snapshot (a large region): how old the total is, beside it (walk30 W30-15).
stats-total-at = Waiting in all as of { $time } ({ $minutes ->
        [0] just now
        [one] { $minutes } minute ago
       *[other] { $minutes } minutes ago
    })

# fix35c (walk34 W34-11): /stats says how many of the enrolled waited that long, as it is: all, or more than half.
stats-wait-all = { $days ->
        [0] All the enrolled got a seat in less than a day.
        [one] All the enrolled waited at most { $days } day.
       *[other] All the enrolled waited at most { $days } days.
    }
stats-wait-most = { $days ->
        [0] More than half the enrolled got a seat in less than a day.
        [one] More than half the enrolled waited at most { $days } day.
       *[other] More than half the enrolled waited at most { $days } days.
    }

# /import's preview (walk34 W34-02): the lines whose date was not understood; $more: how many more lines besides.
imp-bad-dates = Date joined not understood on lines { $lines }{ $more ->
        [0] .
       *[other] { "" } and { $more } more.
    } Write dates like 01.12.2025 or 1 December 2025.

# /find and /forgetperson (walk34 W34-14): names found with a slip in the search, after the exact ones.
find-near = Similar names:
find-only-near = No one with exactly this name. Similar names: { $count }. Choose the person:
