## fix30c: a call card a colleague opened minutes ago (walk29 W29-07)

call-card-opened = ⚠️ Карточку уже открыли: { $by }, в { $at }. Возможно, звонят.

## fix30c: «📞 Добавить телефон» on a /find card, when the number is someone's already

add-phone-telegram = Этот номер уже указал человек, который записан через Телеграм. Если это сам человек из карточки ({ $name }), вторая запись не нужна: номер не добавляйте, а эту запись выведите из очереди через /find. Если это номер родственника, добавьте его.
add-phone-others = { $name }: с этим номером уже { $count ->
    [one] записан другой человек
   *[other] записаны другие люди
  }: { $names }. Один телефон на двоих бывает, например у супругов. Добавить номер и в эту карточку?
add-phone-anyway = Добавить номер
add-phone-not = Не добавлять
add-phone-kept = Номер не добавлен, карточка без изменений.
add-phone-in-telegram = С этим номером в Телеграме уже записан человек с таким же именем: { $name }. Это тот же человек, вторая запись не нужна. Ничего не меняли: выведите эту запись из очереди через /find.
call-card-colleague = коллега

## fix34e (session 34): a call card for someone who answered the offer in Telegram herself

# A librarians' call card for someone who had blocked the bot, once she came back and answered the seat offer
# in Telegram herself (src/domain/call-tasks.ts closeCallCards): the card as it was, then what she answered, without
# its buttons (as «Человек подключил Телеграм» for someone who linked it). Variants as calls-task(-begun)(-blocked).
answered-in-telegram =
    { $status ->
        [accepted] ✅ Человек сам ответил в Телеграме: придёт. Записан в группу.
       *[declined] ✗ Человек сам ответил в Телеграме: не сможет. Место освободилось для следующего в очереди.
    }
call-telegram =
    { calls-task }

    { answered-in-telegram }
call-telegram-begun =
    { calls-task-begun }

    { answered-in-telegram }
call-telegram-blocked =
    { calls-task-blocked }

    { answered-in-telegram }
call-telegram-begun-blocked =
    { calls-task-begun-blocked }

    { answered-in-telegram }
