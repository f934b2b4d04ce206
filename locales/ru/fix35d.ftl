## fix35d (session 35): a list of matches of /find or /forgetperson after one of them was deleted

# The list drawn again without the person deleted (src/bot/features/desk/found-list.ts): the search ended, the others
# stay, each a button to their card.
fix35d-found-redrawn = Данные одного человека из списка удалены, поиск закрыт. Остальные — ниже, нажмите, чтобы открыть карточку.

## A course stopped until a planned day (walk34 W34-09, src/bot/features/admin/courses.ts, src/domain/course-state.ts)
fix35d-btn-stop-1m = ⏸ Да, на месяц
fix35d-btn-stop-3m = ⏸ Да, на 3 месяца
fix35d-stopped-until = Курс больше не предлагается, примерно до { $date }. Сообщили людям в очереди: { $told }.
fix35d-status-stopped-until = ⏸ Курс не предлагается примерно до { $date }: записаться на него и открыть новую группу нельзя. Люди в очереди сохраняют место.
fix35d-paused-notice-until = Курс «{ $course }» не набирает новые группы примерно до { $date }. Ваше место в очереди сохранено: когда набор снова начнётся, мы напишем. Уйти из очереди можно кнопкой «Моё место в очереди».
fix35d-place-paused-until = Набор на этот курс приостановлен примерно до { $date }. Место в очереди сохранено, когда набор начнётся, мы напишем.
