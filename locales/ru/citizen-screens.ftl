## Citizen screens, round 28 (helper fix28h)

# "✎ Время или телефон" → time, for someone on several lists at different times (walk s28 W28-03): which list,
# or all of them; the answer says what changed for which (scenes/waitlist/change-details.ts).
details-time-which = Время занятий в ваших записях разное. Для какой записи его изменить? На кнопках указано, что выбрано сейчас.
details-time-entry = «{ $course }»: { $time ->
        [morning] утром
        [afternoon] днём
        [evening] вечером
       *[any] время не важно
    }
details-time-all = Для всех записей
details-time-ask-course = Когда вам удобнее заниматься на курсе «{ $course }»? Сейчас указано: { $now }.
details-time-ask-all = Когда вам удобнее заниматься? Это время будет указано во всех ваших записях.
details-time-done-course = Готово: для курса «{ $course }» теперь указано: { $now }. Другие записи не изменились, место в очереди прежнее.
details-time-done-all = Готово: во всех ваших записях ({ $count }) теперь указано: { $now }. Место в очереди прежнее.

# A seat offer answered «Приду» (pressed or typed «да»): said in place of «Пожалуйста, ответьте до …», as «Не смогу»
# is (walk s28 W28-05, src/bot/features/classes/offers.ts).
offer-answered-yes = ✓ Вы ответили «Приду»: место в группе ваше.
