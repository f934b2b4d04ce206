## fix34e (session 34): a call card for someone who answered the offer in Telegram herself

# A librarians' call card for someone who had blocked the bot, once she came back and answered the seat offer
# in Telegram herself (src/domain/call-tasks.ts closeCallCards): the card as it was, then what she answered, without
# its buttons (as «Человек подключил Телеграм» for someone who linked it). Variants as calls-task(-begun)(-blocked).
answered-in-telegram =
    { $status ->
        [accepted] ✅ Человек сам ответил в Телеграме: придёт. Записан в группу.
       *[declined] ✗ Человек сам ответил в Телеграме: не сможет. Место освободилось для следующего в очереди.
    }
fix34e-call-telegram =
    { calls-task }

    { answered-in-telegram }
fix34e-call-telegram-begun =
    { calls-task-begun }

    { answered-in-telegram }
fix34e-call-telegram-blocked =
    { calls-task-blocked }

    { answered-in-telegram }
fix34e-call-telegram-begun-blocked =
    { calls-task-begun-blocked }

    { answered-in-telegram }
