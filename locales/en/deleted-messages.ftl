## fix34a (session 34): seats held for someone who blocked the bot

# /start right after the held offer was shown on her return (she unblocked the bot, then pressed "Restart"): the offer is the message above (probe31 L2).
start-offer-above = A seat in a group is held for you: answer the offer above with "I'll come" or "Can't come".

# A notice about a person (a call card, "can't come") edited in a librarian's chat when staff deleted the person's data by /forgetperson (probe31 L3); outbox-notice-forgotten when the person asked.
notice-deleted = Message removed: the person's data was deleted.
# The same for a daily call list that named the person (outbox-list-forgotten when the person asked).
list-deleted = This call list changed: the data of someone on it was deleted. The current list: /calls.
# The same for a staff list (a roster, calls) naming the person (view-closed-forgotten when the person asked).
view-closed-deleted = This list was closed: the data of someone on it was deleted. { $command ->
    [digest] Open it again with the button under the message about the change.
   *[other] Open it again: { $command }
}
