## fix35e (session 35): a Telegram account unlinked from a record made at the library (walk34 W34-18, src/domain/unlink-telegram.ts)

# /forget from an account linked to a desk record: the button under "Delete all your data?" (src/bot/features/forget.ts).
fix35e-btn-unlink-mine = Unlink my Telegram
# After that button: the record stays with the library, messages stop here.
fix35e-unlinked-mine = Done, your Telegram is unlinked. The record of { $name } and the place in line stay with the library. Messages about the course will no longer come here: the librarians will phone.

# The /find card of a person whose record is linked to a Telegram account (scenes/desk/unlink-telegram.ts).
fix35e-btn-unlink = 🔓 Unlink Telegram
fix35e-unlink-confirm = Unlink Telegram from the record of { $name }? The record and the places in line stay. Seat offers and reminders will come to your calls; the Telegram account's owner gets a message.
fix35e-unlink-yes = Yes, unlink
fix35e-unlink-done = Telegram unlinked. The record of { $name } has no Telegram now: the librarians phone about seats and lessons.{ $calls ->
    [0] {""}
   *[other] {" "}A seat offer came to your calls.
}
fix35e-unlink-gone = Telegram is already unlinked from this record, or its data was deleted. Nothing was changed.
fix35e-unlink-not-yours = This person is no longer among those registered at your centers. Nothing was changed.
# To the account's owner, when a librarian unlinked it: no name (he knows whose it was).
fix35e-unlink-told = The library unlinked your Telegram from a record made at the library. The record and the place in line stay there. Messages about the course will no longer come here.
