## fix31h (session 31): coming back, linking Telegram

# /start for someone a seat is held for, instead of "You are on the waiting list" (walk31 W31-09); the offer itself comes next.
fix31h-start-offer = A seat in a group is waiting for you! Answer with the buttons under the message below.
