## fix35e (session 35): a Telegram account unlinked from a record made at the library (walk34 W34-18, src/domain/unlink-telegram.ts)

# /forget from an account linked to a desk record: the button under «Удалить все ваши данные?» (src/bot/features/forget.ts).
fix35e-btn-unlink-mine = Отвязать мой Телеграм
# After that button: the record stays with the library, messages stop here.
fix35e-unlinked-mine = Готово, ваш Телеграм отвязан. Запись на имя { $name } и место в очереди остались в библиотеке. Сообщения о курсе сюда больше не придут: библиотекари будут звонить по телефону.

# The /find card of a person whose record is linked to a Telegram account (scenes/desk/unlink-telegram.ts).
fix35e-btn-unlink = 🔓 Отвязать Телеграм
fix35e-unlink-confirm = Отвязать Телеграм от записи на имя { $name }? Запись и место в очереди останутся. Предложения мест и напоминания пойдут в ваши звонки, владелец Телеграма получит сообщение.
fix35e-unlink-yes = Да, отвязать
fix35e-unlink-done = Телеграм отвязан. Запись на имя { $name } теперь без Телеграма: о местах и занятиях человеку звонят библиотекари.{ $calls ->
    [0] {""}
   *[other] {" "}Предложение места пришло в ваши звонки.
}
fix35e-unlink-gone = Телеграм уже отвязан от этой записи, или её данные удалены. Ничего не меняли.
fix35e-unlink-not-yours = Этого человека больше нет среди записанных в ваши центры. Ничего не меняли.
# To the account's owner, when a librarian unlinked it: no name (he knows whose it was).
fix35e-unlink-told = Библиотека отвязала ваш Телеграм от записи, сделанной в библиотеке. Запись и место в очереди остались там. Сообщения о курсе сюда больше не придут.
