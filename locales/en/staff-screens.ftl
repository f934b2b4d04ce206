# Fixes after walk s21 and probe s21: staff screens (helper fixS).

# /attendance for staff with groups at several centers (W21-19): the center on the group's button and above its lessons.
cls-group-button-at = { $place }: { $short }, { $start }
cls-attendance-where = { $center }. Course: { $course }.

# /stats for a first-time reader (W21-17): the wait and the absences in plain words, what the numbers mean behind a button.
adm-stats-median-half = { $days ->
        [0] Half the enrolled waited less than a day.
        [one] Half the enrolled waited at most { $days } day.
       *[other] Half the enrolled waited at most { $days } days.
    }
adm-stats-no-show-none = Missed lessons: none marked yet.
# No offer yet: said in words, not "0 из 0 (—)" (the pending count may follow).
adm-stats-offers-none = Seats accepted: no seat offered yet
adm-stats-btn-explain = ❓ What the numbers mean
adm-stats-explain =
    What the numbers mean:
    On the chart a center is its town and name; where that does not fit, town and street.
    Wait — people on the list; those already offered a seat are in "still to answer" instead.
    Week — the date of its Monday. Joined — joined the list that week, Enrolled — got a seat, even if they gave it up later.
    Missed lessons — how often participants did not come, of all attendance marks.

# /newclass (probe s21 L6): a typed lesson today at an hour already gone, named at the dates step; two lessons at once.
cls-dates-line-past-time = Line { $line } ("{ $text }"): that time today has already passed. Send the whole list again with this line corrected.
cls-new-overlap = ⚠️ Lessons { $first } and { $second } overlap: the second starts before the first ends. Please check the times.

# /import (probe s21 L4): the phone and course of an earlier line under another name, in the details file.
cls-time-past = { $time } today has already passed, and the first lesson is today. Choose a later time.
