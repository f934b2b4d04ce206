# fix34b (walk31 W31-07): on /referrals, how the library reaches each person: who gets the bot's messages, whom the organization tells itself.
# [relative] (walk40 L4): a relative linked the record to his own Telegram and reads its messages.
fix34b-ref-reach = { $reach ->
        [telegram] Получает сообщения бота в Телеграме.
        [relative] Сообщения бота в Телеграме читает родственник.
        [phone] Без Телеграма: библиотека звонит по телефону.
       *[none] Без Телеграма и телефона: сообщайте человеку сами.
    }
