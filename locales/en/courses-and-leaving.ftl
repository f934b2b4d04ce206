# Helper fixK, round 22. W22-27: what a librarian leaves when her rights are taken away, and whom it goes to.
staff-revoke-groups = Open groups: { $count }. Messages to participants will name the new librarian instead, or give only the center's phone.
staff-revoke-calls = Calls waiting: { $count }. The center's other librarians see them in /calls, or you where there is none.
staff-revoke-alone = Left with no librarian: { $centers }. Invite a new one: /staff
staff-revoked-groups = Groups handed over: { $count }. Who has which: /classes.
staff-groups-given-unnamed = You have been given the groups of a librarian who no longer works at this center: { $count }. They are in /classes, the calls in /calls.

# W22-26: /courses for coordinators.
command-courses = Courses
crs-list = { $stopped ->
    [0] Courses: { $total }. Choose a course to change it, or add a new one.
   *[other] Courses: { $total }, not offered now: { $stopped } (marked ⏸). Choose a course to change it, or add a new one.
}
crs-btn-add = ➕ Add a course
crs-details =
    Title: { $titleRu }
    Short name, for staff lists: { $shortRu }
    Description: { $descriptionRu }
    English title: { $titleEn }
crs-status-active = People see the course and can sign up.
crs-status-stopped = ⏸ Not offered: nobody can sign up and no new group can be opened. People in line keep their place.
crs-waiting = Waiting in line: { $count }
crs-btn-stop = ⏸ Stop offering
crs-btn-start = ▶ Offer again
crs-btn-stop-yes = ⏸ Yes, no date yet
crs-stop-confirm = Stop offering "{ $title }"? Nobody will be able to sign up or open a new group; running groups go on. Waiting in line: { $count }. They keep their place; the bot tells them sign-up is paused, and when the course is back, that it is open again.
crs-stop-paper = Of them without Telegram: { $count }. The bot cannot write to them: their centers' librarians will get a list to call.
crs-stopped = The course is no longer offered. People in line told: { $told }.
crs-started = The course is offered again. People told of the pause now told it is back: { $told }.
crs-not-found = There is no such course.
crs-which-field = What to change in "{ $title }"?
crs-field-titleRu = Title
crs-field-shortRu = Short name
crs-field-descriptionRu = Description
crs-field-titleEn = English title
crs-ask-titleRu = Type the course title in Russian, as people will see it.
crs-ask-shortRu = Type one or two words in Russian for staff lists.
crs-ask-descriptionRu = Type one line in Russian about what the course teaches.
crs-ask-titleEn = Type the English title: people who chose English see it. For example: Basic computer literacy
crs-text-invalid = It takes { $min } to { $max } characters, and this is { $length }. Please type it again.
crs-preview-new = Check the new course. If all is right, press "Save".
crs-preview-edit = Check the change and press "Save".
crs-created = Course added: people see it now when they choose a course.
crs-updated = Change saved.
crs-btn-card = Open the course card
crs-btn-list = ← Back to courses
crs-paused-notice = "{ $course }" is not taking new groups for now. Your place in line is kept: we will write when sign-up opens again. To leave the line, press "My place in line".
crs-resumed-notice = "{ $course }" is taking groups again. Your place in line is the same: we will write when there is a seat for you.

# W22-30: a librarian's /start says what she is (one made by her Telegram number may open the bot for the first time).
start-librarian = You are a librarian: { $centers }.
staff-granted-start = If they have never opened the bot, the message will not reach them: ask them to open the bot and press /start, and the bot will tell them they are a librarian.
join-course-closed = "{ $course }" has just stopped taking groups, so you could not be put on its list. Please choose another course; your other answers are kept.
place-course-paused = This course is not taking new groups for now. You keep your place; we will write when it starts again.
