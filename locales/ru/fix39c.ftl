# «Меня уже записали» with a phone that holds two records of one person (fix38q L6, kept apart by an unlink): not linked (src/bot/features/link-telegram.ts).
fix39c-link-two-records = С этим телефоном в библиотеке две ваши записи. Сначала библиотекарь соединит их. Позвоните, пожалуйста: { $phone }.
