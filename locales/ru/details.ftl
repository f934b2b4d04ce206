# "my place in line" → the time of day that suits a person, or their phone (walk s22 W22-05, scenes/waitlist/change-details.ts).
place-details = ✎ Время или телефон
details-what = Что изменить? Место в очереди останется прежним.
details-time = 🕐 Когда удобно заниматься
details-phone = 📱 Телефон
details-time-ask = Когда вам удобнее заниматься? Сейчас указано: { $now }.
details-time-done = { $time ->
        [morning] Готово: вам удобнее заниматься утром.
        [afternoon] Готово: вам удобнее заниматься днём.
        [evening] Готово: вам удобнее заниматься вечером.
       *[any] Готово: время занятий вам не важно.
    } Место в очереди прежнее.
details-phone-ask = Сейчас ваш телефон: { $phone }. Напишите новый номер или нажмите «📱 Отправить мой телефон» внизу экрана.
details-phone-ask-none = Напишите номер телефона или нажмите «📱 Отправить мой телефон» внизу экрана. По нему библиотека позвонит, если не сможет написать вам здесь.
details-phone-remove = Удалить мой телефон
details-phone-done = Готово. Ваш телефон: { $phone }.
details-phone-removed = Готово, телефон удалён. Библиотека будет писать вам только здесь, в Телеграме.
