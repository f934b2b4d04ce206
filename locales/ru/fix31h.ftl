## fix31h (session 31): coming back, linking Telegram

# /start for someone a seat is held for, instead of «Вы уже в очереди» (walk31 W31-09); the offer itself comes next.
fix31h-start-offer = Для вас есть место в группе! Ответьте кнопками под сообщением ниже.
