# fix30j (probe30 L4): a phone on a card without Telegram put right on /find.
find-change-phone = 📞 Изменить телефон
find-change-phone-ask = { $name }: сейчас в карточке { $phone }. Напишите правильный телефон, например 8 923 123-45-67. Можно телефон родственника.
find-change-phone-done = Телефон изменён: { $name }, { $phone }. Теперь в боте можно нажать «Меня уже записали в библиотеке» и отправить этот номер: запись найдётся.
find-change-phone-same = В карточке уже этот номер: { $phone }. Ничего не меняли.
find-change-phone-changed = Телефон в карточке уже изменили. Откройте карточку снова: /find.
# A phone typed by staff outside any flow: not the citizens' «Отправить мой номер» advice.
staff-typed-phone = Чтобы добавить или изменить телефон человека, найдите его через /find.
# /newclass: someone in line blocked the bot and left no phone, so was not offered a seat (walk30 W30-15).
line-blocked = { $count ->
    [one] { $count } человек в очереди заблокировал бота и не оставил телефона: место ему не предложено. Предложим, когда он снова откроет бота.
    [few] { $count } человека в очереди заблокировали бота и не оставили телефона: место им не предложено. Предложим, когда они снова откроют бота.
   *[many] { $count } человек в очереди заблокировали бота и не оставили телефона: место им не предложено. Предложим, когда они снова откроют бота.
  }
