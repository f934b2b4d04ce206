## fix35d (session 35): a list of matches of /find or /forgetperson after one of them was deleted

# The list drawn again without the person deleted (src/bot/features/desk/found-list.ts): the search ended, the others
# stay, each a button to their card.
found-redrawn = One person's data on this list was deleted, and the search was closed. The others are below: tap one to open their card.

## A course stopped until a planned day (walk34 W34-09, src/bot/features/admin/courses.ts, src/domain/course-state.ts)
btn-stop-1m = ⏸ Yes, for a month
btn-stop-3m = ⏸ Yes, for 3 months
stopped-until = The course is no longer offered, until about { $date }. People in line told: { $told }.
status-stopped-until = ⏸ Not offered until about { $date }: nobody can sign up and no new group can be opened. People in line keep their place.
paused-notice-until = "{ $course }" is not taking new groups until about { $date }. Your place in line is kept: we will write when sign-up opens again. To leave the line, press "My place in line".
place-paused-until = This course is not taking new groups until about { $date }. You keep your place; we will write when it starts again.

## walk36 (session 36): a course that is not offered now, named in the words that began a join (scenes/waitlist/paused-course.ts)

course-paused = "{ $course }" is not taking new people now. You can choose another course.
course-paused-until = "{ $course }" is not taking new people until about { $date }. You can choose another course.

# Under "Which one do you mean?" with two or more groups (src/bot/features/cant-come.ts): not coming to any of them.
cant-come-any = Can't come to any

