## fix34a (session 34): seats held for someone who blocked the bot

# /start right after the held offer was shown on her return (she unblocked the bot, then pressed «Перезапустить»): the offer is the message above (probe31 L2).
start-offer-above = Для вас держим место в группе: ответьте на предложение выше кнопкой «Приду» или «Не смогу».

# A notice about a person (a call card, "can't come") edited in a librarian's chat when staff deleted the person's data by /forgetperson (probe31 L3); outbox-notice-forgotten when the person asked.
notice-deleted = Сообщение удалено: данные человека удалены.
# The same for a daily call list that named the person (outbox-list-forgotten when the person asked).
list-deleted = Список звонков изменился: данные человека из него удалены. Актуальный список — /calls.
# The same for a staff list (a roster, calls) naming the person (view-closed-forgotten when the person asked).
view-closed-deleted = Список закрыт: данные человека из него удалены. { $command ->
    [digest] Откройте его снова кнопкой под сообщением об изменении.
   *[other] Открыть снова: { $command }
}
