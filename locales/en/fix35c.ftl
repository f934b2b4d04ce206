# fix35c (walk34 W34-11): /stats says how many of the enrolled waited that long, as it is: all, or more than half.
fix35c-stats-wait-all = { $days ->
        [0] All the enrolled got a seat in less than a day.
        [one] All the enrolled waited at most { $days } day.
       *[other] All the enrolled waited at most { $days } days.
    }
fix35c-stats-wait-most = { $days ->
        [0] More than half the enrolled got a seat in less than a day.
        [one] More than half the enrolled waited at most { $days } day.
       *[other] More than half the enrolled waited at most { $days } days.
    }

# /import's preview (walk34 W34-02): the lines whose date was not understood; $more: how many more lines besides.
fix35c-imp-bad-dates = Date joined not understood on lines { $lines }{ $more ->
        [0] .
       *[other] { "" } and { $more } more.
    } Write dates like 01.12.2025 or 1 December 2025.

# /find and /forgetperson (walk34 W34-14): names found with a slip in the search, after the exact ones.
fix35c-find-near = Similar names:
fix35c-find-only-near = No one with exactly this name. Similar names: { $count }. Choose the person:
