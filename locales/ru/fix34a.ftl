## fix34a (session 34): seats held for someone who blocked the bot

# /start right after the held offer was shown on her return (she unblocked the bot, then pressed «Перезапустить»): the offer is the message above (probe31 L2).
fix34a-start-offer-above = Для вас держим место в группе: ответьте на предложение выше кнопкой «Приду» или «Не смогу».
