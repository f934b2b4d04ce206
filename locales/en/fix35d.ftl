## fix35d (session 35): a list of matches of /find or /forgetperson after one of them was deleted

# The list drawn again without the person deleted (src/bot/features/desk/found-list.ts): the search ended, the others
# stay, each a button to their card.
fix35d-found-redrawn = One person's data on this list was deleted, and the search was closed. The others are below: tap one to open their card.

## A course stopped until a planned day (walk34 W34-09, src/bot/features/admin/courses.ts, src/domain/course-state.ts)
fix35d-btn-stop-1m = ⏸ Yes, for a month
fix35d-btn-stop-3m = ⏸ Yes, for 3 months
fix35d-stopped-until = The course is no longer offered, until about { $date }. People in line told: { $told }.
fix35d-status-stopped-until = ⏸ Not offered until about { $date }: nobody can sign up and no new group can be opened. People in line keep their place.
fix35d-paused-notice-until = "{ $course }" is not taking new groups until about { $date }. Your place in line is kept: we will write when sign-up opens again. To leave the line, press "My place in line".
fix35d-place-paused-until = This course is not taking new groups until about { $date }. You keep your place; we will write when it starts again.
