## fix30c: a call card a colleague opened minutes ago (walk29 W29-07)

fix30c-card-opened = ⚠️ Opened by { $by } at { $at }, who may be calling.

## fix30c: «📞 Add a phone» on a /find card, when the number is someone's already

fix30c-add-phone-telegram = Someone who signed up in Telegram already gave this number. If it is the person on this card ({ $name }), a second record is not needed: do not add the number, take this record off the list with /find. If it is a relative's number, add it.
fix30c-add-phone-others = { $name }: { $count ->
    [one] another person is
   *[other] other people are
  } already registered with this number: { $names }. Two people can share one phone, a married couple for example. Add the number to this card too?
fix30c-add-phone-anyway = Add the number
fix30c-add-phone-not = Do not add
fix30c-add-phone-kept = The number was not added; the card is unchanged.
fix30c-add-phone-in-telegram = Someone with the same name is already signed up in Telegram with this number: { $name }. This is the same person; a second record is not needed. Nothing was changed: take this record off the list with /find.
fix30c-colleague = a colleague
