## fix35e (session 35): a Telegram account unlinked from a record made at the library (walk34 W34-18, src/domain/unlink-telegram.ts)

# /forget from an account linked to a desk record: the button under «Удалить все ваши данные?» (src/bot/features/forget.ts).
btn-unlink-mine = Отвязать мой Телеграм
# After that button: the record stays with the library, messages stop here.
unlinked-mine = Готово, ваш Телеграм отвязан. Запись на имя { $name } и место в очереди остались в библиотеке. Сообщения о курсе сюда больше не придут: библиотекари будут звонить по телефону.

# The /find card of a person whose record is linked to a Telegram account (scenes/desk/unlink-telegram.ts).
btn-unlink = 🔓 Отвязать Телеграм
unlink-confirm = Отвязать Телеграм от записи на имя { $name }? Запись и место в очереди останутся. Предложения мест и напоминания пойдут в ваши звонки, владелец Телеграма получит сообщение.
unlink-yes = Да, отвязать
unlink-done = Телеграм отвязан. Запись на имя { $name } теперь без Телеграма: о местах и занятиях человеку звонят библиотекари.{ $calls ->
    [0] {""}
   *[other] {" "}Предложение места пришло в ваши звонки.
}
unlink-gone = Телеграм уже отвязан от этой записи, или её данные удалены. Ничего не меняли.
unlink-not-yours = Этого человека больше нет среди записанных в ваши центры. Ничего не меняли.
# To the account's owner, when a librarian unlinked it: no name (he knows whose it was).
unlink-told = Библиотека отвязала ваш Телеграм от записи, сделанной в библиотеке. Запись и место в очереди остались там. Сообщения о курсе сюда больше не придут.

## fix38q (session 38): probe38's low findings

# The unlink of Telegram found the phone taken by a record a librarian made meanwhile with /add (src/domain/unlink-record.ts).
unlink-phone-taken = ⚠️ { $name }: Телеграм отвязан от записи, но пока шла отвязка, в библиотеке сделали вторую запись с тем же телефоном и именем. { $how ->
        [joined] Записи объединены: места в очереди и в группах теперь в той записи.
       *[apart] Объединить их бот не смог: обе записаны на один курс. Найдите обе записи в /find по телефону и решите, какое место оставить.
    }
# An old «О какой речь?» pressed after the lesson it showed began, or after it was moved or cancelled (src/bot/features/cant-come.ts).
cant-come-which-past = Это занятие уже прошло или изменилось. Если не сможете прийти на другое, напишите «не смогу» ещё раз.
