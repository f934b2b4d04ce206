# fix30j (probe30 L4): a phone on a card without Telegram put right on /find.
find-change-phone = 📞 Change phone
find-change-phone-ask = { $name }: the card has { $phone } now. Type the right phone, for example 8 923 123-45-67. It may be a relative's phone.
find-change-phone-done = Phone changed: { $name }, { $phone }. Now "The library already signed me up" in the bot with this number finds the record.
find-change-phone-same = The card has this number already: { $phone }. Nothing changed.
find-change-phone-changed = The phone on the card was changed meanwhile. Open the card again: /find.
# A phone typed by staff outside any flow: not the citizens' «Send my number» advice.
staff-typed-phone = To add or change a person's phone, find them with /find.
# /newclass: someone in line blocked the bot and left no phone, so was not offered a seat (walk30 W30-15).
line-blocked = { $count ->
    [one] { $count } person in line blocked the bot and left no phone: not offered a seat. They will be offered one when they open the bot again.
   *[other] { $count } people in line blocked the bot and left no phone: not offered a seat. They will be offered one when they open the bot again.
  }
