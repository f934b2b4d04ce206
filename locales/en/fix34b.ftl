# fix34b (walk31 W31-07): on /referrals, how the library reaches each person: who gets the bot's messages, whom the organization tells itself.
# [relative] (walk40 L4): a relative linked the record to his own Telegram and reads its messages.
fix34b-ref-reach = { $reach ->
        [telegram] Gets the bot's messages on Telegram.
        [relative] A relative reads the bot's messages on Telegram.
        [phone] No Telegram: the library phones.
       *[none] No Telegram and no phone: tell the person yourselves.
    }
