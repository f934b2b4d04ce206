# A course stopped with /courses: its people waiting without Telegram are calls for their centers' librarians
# (src/domain/course-calls.ts); offered again, those phoned are phoned the good news.
calls-digest-course-pause =
    { calls-digest-whom }: курс «{ $course }» пока не набирает новые группы ({ $center }). Скажите, что место в очереди сохранилось и библиотека позвонит, когда набор снова начнётся. Можно и уйти из очереди.
calls-course-pause-list-title =
    📞 Курс «{ $course }» пока не набирает новые группы. Позвоните и скажите, что место в очереди сохранилось ({ $done } из { $count }):
calls-digest-course-resume =
    { calls-digest-whom }: курс «{ $course }» снова набирает группы ({ $center }). Скажите, что место в очереди прежнее и ничего делать не нужно.
calls-course-resume-list-title =
    📞 Курс «{ $course }» снова набирает группы. Позвоните и скажите, что место в очереди прежнее ({ $done } из { $count }):
# Added to the coordinator's alert after stopping or offering a course again.
course-paused-calls = Людей без Телеграма: { $count }, библиотекари их центров получили список для звонков.
course-resumed-calls = Людям без Телеграма, которым звонили о паузе, позвонят снова: { $count }.
# /import: a row of a course a coordinator stopped offering (/courses).
imp-reason-stopped-course = курс не предлагается
