## walk36 (session 36): a course that is not offered now, named in the words that began a join (scenes/waitlist/paused-course.ts)

walk36-course-paused = "{ $course }" is not taking new people now. You can choose another course.
walk36-course-paused-until = "{ $course }" is not taking new people until about { $date }. You can choose another course.
