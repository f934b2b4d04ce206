# A center hidden for a while, with the day it plans to take people again (walk s21 W21-14, src/domain/planned-reopening.ts).
adm-ctr-btn-hide-2w = ⏸ Hide for 2 weeks
adm-ctr-btn-hide-1m = ⏸ Hide for a month
adm-ctr-btn-hide-3m = ⏸ Hide for 3 months
adm-ctr-deactivated-until = The center is hidden from citizens until { $date }. People waiting there were offered another center or to wait until { $date }: { $told }. On { $date } we will remind you to show it again.
adm-ctr-status-inactive-until = Status: ⏸ hidden from citizens until { $date } (we will remind you that day to show it again)
adm-ctr-reopen-due = Today, { $date }, this center planned to take people again: { $center }. If it is ready, open its card and press "Show again". If not, do nothing: the center stays hidden.
adm-ctr-reopen-due-open = 🏛 Open the center's card
center-closed-notice-until =
    A center is not taking people for "{ $course }" until about { $date }: { $center }.
    Your place is not lost. You can wait: when the center takes people again, we will write to you. You can choose another center: you join its line by your original join date. Or leave the list.
place-entry-center-closed-until = "{ $course }", { $center }: the center is not taking people until about { $date }. Your place is not lost: you can wait or choose another center (you join its line by your original join date).
