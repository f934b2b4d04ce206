## fix34a (session 34): seats held for someone who blocked the bot

# /start right after the held offer was shown on her return (she unblocked the bot, then pressed "Restart"): the offer is the message above (probe31 L2).
fix34a-start-offer-above = A seat in a group is held for you: answer the offer above with "I'll come" or "Can't come".
