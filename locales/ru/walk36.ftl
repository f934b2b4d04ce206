## walk36 (session 36): a course that is not offered now, named in the words that began a join (scenes/waitlist/paused-course.ts)

walk36-course-paused = Курс «{ $course }» сейчас не набирает новых людей. Можно выбрать другой курс.
walk36-course-paused-until = Курс «{ $course }» не набирает новых людей примерно до { $date }. Можно выбрать другой курс.

# Under «О какой речь?» with two or more groups (src/bot/features/cant-come.ts): not coming to any of them.
walk36-cant-come-any = Не приду ни на одно

