## fix35d (session 35): a list of matches of /find or /forgetperson after one of them was deleted

# The list drawn again without the person deleted (src/bot/features/desk/found-list.ts): the search ended, the others
# stay, each a button to their card.
found-redrawn = Данные одного человека из списка удалены, поиск закрыт. Остальные — ниже, нажмите, чтобы открыть карточку.

## A course stopped until a planned day (walk34 W34-09, src/bot/features/admin/courses.ts, src/domain/course-state.ts)
btn-stop-1m = ⏸ Да, на месяц
btn-stop-3m = ⏸ Да, на 3 месяца
stopped-until = Курс больше не предлагается, примерно до { $date }. Сообщили людям в очереди: { $told }.
status-stopped-until = ⏸ Курс не предлагается примерно до { $date }: записаться на него и открыть новую группу нельзя. Люди в очереди сохраняют место.
paused-notice-until = Курс «{ $course }» не набирает новые группы примерно до { $date }. Ваше место в очереди сохранено: когда набор снова начнётся, мы напишем. Уйти из очереди можно кнопкой «Моё место в очереди».
place-paused-until = Набор на этот курс приостановлен примерно до { $date }. Место в очереди сохранено, когда набор начнётся, мы напишем.

## walk36 (session 36): a course that is not offered now, named in the words that began a join (scenes/waitlist/paused-course.ts)

course-paused = Курс «{ $course }» сейчас не набирает новых людей. Можно выбрать другой курс.
course-paused-until = Курс «{ $course }» не набирает новых людей примерно до { $date }. Можно выбрать другой курс.

# Under «О какой речь?» with two or more groups (src/bot/features/cant-come.ts): not coming to any of them.
cant-come-any = Не приду ни на одно

