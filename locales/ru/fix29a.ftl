## A typed yes a moment after a seat offer came (walk28 W28-18)

offer-sure-ask = Приду на «{ $course }», с { $from } — верно?
offer-sure-yes = Да, приду
offer-sure-no = Нет
offer-sure-kept = Хорошо. Предложение места ждёт вашего ответа: нажмите «Приду» или «Не смогу» под ним.
