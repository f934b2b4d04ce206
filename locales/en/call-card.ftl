## fix30c: a call card a colleague opened minutes ago (walk29 W29-07)

call-card-opened = ⚠️ Opened by { $by } at { $at }, who may be calling.

## fix30c: «📞 Add a phone» on a /find card, when the number is someone's already

add-phone-telegram = Someone who signed up in Telegram already gave this number. If it is the person on this card ({ $name }), a second record is not needed: do not add the number, take this record off the list with /find. If it is a relative's number, add it.
add-phone-others = { $name }: { $count ->
    [one] another person is
   *[other] other people are
  } already registered with this number: { $names }. Two people can share one phone, a married couple for example. Add the number to this card too?
add-phone-anyway = Add the number
add-phone-not = Do not add
add-phone-kept = The number was not added; the card is unchanged.
add-phone-in-telegram = Someone with the same name is already signed up in Telegram with this number: { $name }. This is the same person; a second record is not needed. Nothing was changed: take this record off the list with /find.
call-card-colleague = a colleague

## fix34e (session 34): a call card for someone who answered the offer in Telegram themselves

# A librarians' call card for someone who had blocked the bot, once she came back and answered the seat offer
# in Telegram herself (src/domain/call-tasks.ts closeCallCards): the card as it was, then what she answered, without
# its buttons (as "The person linked Telegram" for someone who linked it). Variants as calls-task(-begun)(-blocked).
answered-in-telegram =
    { $status ->
        [accepted] ✅ The person answered in Telegram: they will come. Enrolled in the group.
       *[declined] ✗ The person answered in Telegram: they can't come. The seat is freed for the next person in line.
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
