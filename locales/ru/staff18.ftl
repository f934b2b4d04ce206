## /broadcast: people registered at the desk have no Telegram; they are counted apart, never as "blocked" (walk s18 #4)
s18-bc-preview-count = Получателей: { $total }.{ $unreachable ->
        [0] {""}
       *[other] {" "}Заблокировали бота: { $unreachable } — им не придёт.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Без Телеграма: { $phoneOnly } — им не отправим, позвоните им по телефону.
    } Отправить?
s18-bc-progress = Рассылка: доставлено { $delivered } из { $total }, заблокировали бота { $blocked }{ $phoneOnly ->
        [0] {""}
       *[other] , без Телеграма { $phoneOnly }
    }, ошибок { $failed }.
s18-bc-report =
    ✅ Рассылка завершена.
    Доставлено: { $delivered } из { $total }
    Заблокировали бота: { $blocked } (раньше: { $unreachable }, во время рассылки: { $newlyBlocked })
    Не доставлено из-за ошибок: { $failed }{ $phoneOnly ->
        [0] {""}
       *[other] {"\u000A"}Без Телеграма: { $phoneOnly } — им не отправляли, позвоните им по телефону.
    }
s18-bc-empty = В сообщении нет текста. Напишите текст, пожалуйста.
# Everyone of the audience blocked the bot or has no Telegram: nothing would be sent (probe s19 #13).
s18-bc-nobody-in-telegram = В Телеграме это сообщение не получит никто: заблокировали бота — { $unreachable }, без Телеграма — { $phoneOnly }. Людям без Телеграма позвоните по телефону. Выберите другую аудиторию.

## /import: a list of which nothing can be added ends with the next step (walk s18 #8)
s18-imp-next = Исправьте файл и отправьте его снова: /import
s18-imp-next-centers = Бот знает такие центры: { $centers }. Исправьте название центра в файле и отправьте его снова: /import

## /stats: the refresh interval is the job's own (walk s18 #12)
s18-stats-as-of = Данные на { $time } (обновляются раз в { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
       *[many] минут
    })

## A partner organization deactivated while its representative was at the last step (probe s18 F2)
s18-prt-closed-request = Доступ вашей организации к боту закрыт, поэтому заявка не отправлена. Если это ошибка, свяжитесь с библиотекой.
s18-prt-closed-add = Доступ вашей организации к боту закрыт, поэтому человек не записан. Если это ошибка, свяжитесь с библиотекой.
