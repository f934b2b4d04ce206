# A course stopped with /courses: its people waiting without Telegram are calls for their centers' librarians
# (src/domain/course-calls.ts); offered again, those phoned are phoned the good news.
calls-digest-course-pause =
    { calls-digest-whom }: "{ $course }" is not taking new groups for now ({ $center }). Tell them their place in line is kept and they will be phoned when sign-up opens again. They may also leave the list.
calls-course-pause-list-title =
    📞 "{ $course }" is not taking new groups for now. Call them and say their place in line is kept ({ $done } of { $count } done):
calls-digest-course-resume =
    { calls-digest-whom }: "{ $course }" is taking groups again ({ $center }). Tell them their place in line is the same and there is nothing to do.
calls-course-resume-list-title =
    📞 "{ $course }" is taking groups again. Call them and say their place in line is the same ({ $done } of { $count } done):
# Added to the coordinator's alert after stopping or offering a course again.
course-paused-calls = People without Telegram: { $count }; their centers' librarians got a list to call.
course-resumed-calls = People without Telegram phoned about the pause will be phoned again: { $count }.
# /import: a row of a course a coordinator stopped offering (/courses).
imp-reason-stopped-course = the course is not offered now
