# Fixes after probe s16: import, forwarded answers, call digests.

imp-reason-long-name = name longer than 100 letters

# A forwarded message in the middle of a flow is not taken as the answer.
answer-not-forwarded = This is a forwarded message. Please type the answer yourself.

# One message per librarian per action about calls to people without Telegram (src/domain/call-digests.ts).
calls-digest-who = { $count ->
        [one] { $count } person
       *[other] { $count } people
    } without Telegram
calls-digest-offer =
    { calls-digest-whom }: they were offered a seat in "{ $course }", { $center }.
    Seats are held until { $until }. { calls-digest-list-buttons }
calls-digest-move-lesson =
    📞 Please call { calls-digest-who }: a lesson was moved.
    { $course }: was { $old }, now { $new }. Phones are in the list.
calls-digest-shift-group =
    📞 Please call { calls-digest-who }: the group's schedule changed.
    { $course }: lessons are now { lessons-said }. Phones are in the list.
calls-digest-cancel-lesson =
    📞 Please call { calls-digest-who }: a lesson was cancelled.
    { $course }, { $when }. The other lessons go ahead as planned. Phones are in the list.
calls-digest-cancel-last-lesson =
    📞 Please call { calls-digest-who }: a lesson was cancelled.
    { $course }, { $when }. It was the group's last lesson: the course is over. Phones are in the list.
calls-digest-cancel-group =
    📞 Please call { calls-digest-who }: the group was cancelled.
    { $course }, { $center }. They are back on the waiting list in their old places. Phones are in the list.
calls-btn-open-list = 📋 Open the list
calls-btn-mark-call = 📞 Mark the call made
calls-change-list-title = 📞 Calls about a change: { $course }. Done: { $done } of { $count }.
calls-change-list-gone = This call list is gone.

# A librarian of another center pressed a call task's button.
calls-other-center = This call is for another center's librarians.
