## walk36 (session 36): a course that is not offered now, named in the words that began a join (scenes/waitlist/paused-course.ts)

walk36-course-paused = "{ $course }" is not taking new people now. You can choose another course.
walk36-course-paused-until = "{ $course }" is not taking new people until about { $date }. You can choose another course.

# Under "Which one do you mean?" with two or more groups (src/bot/features/cant-come.ts): not coming to any of them.
walk36-cant-come-any = Can't come to any

