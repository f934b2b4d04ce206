## Desk: /add (a person who called or walked in, without Telegram)
command-add = Записать человека без Телеграма
desk-no-centers = У вас нет центров, куда можно записать человека.
desk-add-consent = Человек подписал в центре бумажный бланк согласия на обработку персональных данных? Без подписанного бланка бот ничего не сохранит.
desk-add-consent-partner = Человек подписал бумажный бланк согласия на хранение имени и телефона? Без подписанного бланка бот ничего не сохранит.
desk-add-consent-yes = ✓ Да, бланк подписан
desk-add-consent-no = Нет, ещё не подписан
desk-add-no-consent = Ничего не сохранили. Попросите человека подписать бланк согласия, потом начните снова: /add
desk-add-name = Напишите фамилию и имя человека.
desk-add-name-invalid = Имя должно быть от 2 до 100 букв. Напишите ещё раз.
desk-add-name-phone = В имени не нужен номер телефона: его спросим следующим вопросом. Напишите только имя.
desk-add-phone = Напишите телефон человека, например 8 923 123-45-67 или 8 (3842) 58-12-34.
desk-add-phone-invalid = Не получилось прочитать номер. Напишите его полностью, с кодом города или оператора, например 8 923 123-45-67 или 8 (3842) 58-12-34.
desk-add-course = На какой курс записать?
desk-add-center = В каком центре?
desk-add-time = Когда человеку удобнее заниматься?
desk-add-summary =
    Проверьте, пожалуйста:
    Имя: { $name }
    Телефон: { $phone }
    Курс: { $course }
    Центр: { $center }
    Время: { $time }
    Согласие: подписано на бумаге
desk-add-confirm = ✓ Записать в очередь
# Without the name and phone: they are in the messages just above, and this one stays after /forgetperson.
desk-add-done =
    Записали в очередь: «{ $course }», { $center }. Место в очереди: { $position }.
    Телеграма у человека нет: когда подойдёт очередь, библиотека позвонит по записанному телефону.
desk-add-done-known = Этот телефон уже был в списке: курс добавлен тому же человеку.
desk-add-already = { $status ->
    [offered] Этому телефону уже предложено место на курсе «{ $course }» ({ $center }). Ничего не меняли.
    [enrolled] С этим телефоном человек уже учится на курсе «{ $course }» ({ $center }). Ничего не меняли.
   *[other] Этот телефон уже в очереди на курс «{ $course }» ({ $center }): место { $position }. Ничего не меняли.
}
# The same, to staff of another center or a partner's representative who did not refer the person: not where (walk s20 #40).
desk-add-already-elsewhere = С этим телефоном человек уже записан на курс «{ $course }». Ничего не меняли. Где он записан, знают в библиотеке.
desk-add-closed = Этот центр или курс больше не принимает записи. Ничего не сохранили.
# /add with the phone of someone who joined in Telegram (walk s20 #41): staff choose; partners are not asked.
desk-add-telegram-phone = Этот телефон указал человек, который записан через Телеграм. Если это он, пусть запишется на курс сам в боте («Записаться на курс»): тогда приглашение придёт ему в Телеграм. Того, кого запишете здесь, библиотека будет приглашать по телефону.
desk-add-telegram-phone-go-on = Всё равно записать здесь

## Desk: /forgetperson (a person asked to be forgotten)
command-forgetperson = Удалить данные человека по его просьбе
desk-forget-search = Кого удалить? Напишите телефон или часть имени (например, «Иванова Мария»).
desk-forget-search-invalid = Напишите телефон полностью (например, 8 923 123-45-67) или хотя бы две буквы имени.
desk-forget-none = Никого не нашла. Проверьте телефон или напишите часть имени иначе.
desk-forget-none-mine = Среди записанных в ваши центры никого не нашла. Проверьте телефон или напишите часть имени иначе.
desk-forget-found = Найдено: { $count }. Выберите человека:
desk-forget-found-more = Найдено больше { $count }, показаны первые { $count }. Чтобы найти нужного человека быстрее, напишите имя подробнее или телефон. Или выберите:
desk-forget-previous = ‹ Предыдущие
desk-forget-next = Следующие ›
desk-forget-person = { $name }, { $phone }{ $telegram ->
    [yes] , есть Телеграм
   *[no] {""}
}
desk-forget-no-phone = без телефона
desk-forget-entry = • { $course }, { $center }: { $status ->
    [waiting] в очереди, место { $position }
    [offered] предложено место
    [enrolled] учится
    [completed] закончил курс
    [left] вышел из очереди
   *[other] —
}
desk-forget-no-entries = • сейчас не в очереди
desk-forget-confirm =
    Удалить все данные этого человека?
    { $person }

    Имя, телефон и место в очереди будут удалены навсегда, как по команде /forget. Отменить это нельзя.
desk-forget-yes = 🗑 Да, удалить
desk-forget-done = Данные удалены. Место в очереди освобождено; в статистике остались только обезличенные числа.
desk-forget-gone = Данные этого человека уже удалены.
