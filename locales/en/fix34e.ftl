## fix34e (session 34): a call card for someone who answered the offer in Telegram themselves

# A librarians' call card for someone who had blocked the bot, once she came back and answered the seat offer
# in Telegram herself (src/domain/call-tasks.ts closeCallCards): the card as it was, then what she answered, without
# its buttons (as "The person linked Telegram" for someone who linked it). Variants as calls-task(-begun)(-blocked).
answered-in-telegram =
    { $status ->
        [accepted] ✅ The person answered in Telegram: they will come. Enrolled in the group.
       *[declined] ✗ The person answered in Telegram: they can't come. The seat is freed for the next person in line.
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
