# fix34b (walk31 W31-07): on /referrals, how the library reaches each person: who gets the bot's messages, whom the organization tells itself.
fix34b-ref-reach = { $reach ->
        [telegram] Получает сообщения бота в Телеграме.
        [phone] Без Телеграма: библиотека звонит по телефону.
       *[none] Без Телеграма и телефона: сообщайте человеку сами.
    }
