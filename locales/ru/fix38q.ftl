## fix38q (session 38): probe38's low findings

# The unlink of Telegram found the phone taken by a record a librarian made meanwhile with /add (src/domain/unlink-record.ts).
fix38q-unlink-phone-taken = ⚠️ { $name }: Телеграм отвязан от записи, но пока шла отвязка, в библиотеке сделали вторую запись с тем же телефоном и именем. { $how ->
        [joined] Записи объединены: места в очереди и в группах теперь в той записи.
       *[apart] Объединить их бот не смог: обе записаны на один курс. Найдите обе записи в /find по телефону и решите, какое место оставить.
    }
# An old «О какой речь?» pressed after the lesson it showed began, or after it was moved or cancelled (src/bot/features/cant-come.ts).
fix38q-which-past = Это занятие уже прошло или изменилось. Если не сможете прийти на другое, напишите «не смогу» ещё раз.
