## fix35e (session 35): a Telegram account unlinked from a record made at the library (walk34 W34-18, src/domain/unlink-telegram.ts)

# /forget from an account linked to a desk record: the button under "Delete all your data?" (src/bot/features/forget.ts).
btn-unlink-mine = Unlink my Telegram
# After that button: the record stays with the library, messages stop here.
unlinked-mine = Done, your Telegram is unlinked. The record of { $name } and the place in line stay with the library. Messages about the course will no longer come here: the librarians will phone.

# The /find card of a person whose record is linked to a Telegram account (scenes/desk/unlink-telegram.ts).
btn-unlink = 🔓 Unlink Telegram
unlink-confirm = Unlink Telegram from the record of { $name }? The record and the places in line stay. Seat offers and reminders will come to your calls; the Telegram account's owner gets a message.
unlink-yes = Yes, unlink
unlink-done = Telegram unlinked. The record of { $name } has no Telegram now: the librarians phone about seats and lessons.{ $calls ->
    [0] {""}
   *[other] {" "}A seat offer came to your calls.
}
unlink-gone = Telegram is already unlinked from this record, or its data was deleted. Nothing was changed.
unlink-not-yours = This person is no longer among those registered at your centers. Nothing was changed.
# To the account's owner, when a librarian unlinked it: no name (he knows whose it was).
unlink-told = The library unlinked your Telegram from a record made at the library. The record and the place in line stay there. Messages about the course will no longer come here.

## fix38q (session 38): probe38's low findings

# The unlink of Telegram found the phone taken by a record a librarian made meanwhile with /add (src/domain/unlink-record.ts).
unlink-phone-taken = ⚠️ { $name }: Telegram was unlinked from the record, but while it was being unlinked the library made a second record with the same phone and name. { $how ->
        [joined] The records were joined: the places in line and in groups are now on that record.
       *[apart] The bot could not join them: both are on the list for the same course. Find both records in /find by the phone and decide which place stays.
    }
# An old “Which one?” pressed after the lesson it showed began, or after it was moved or cancelled (src/bot/features/cant-come.ts).
cant-come-which-past = That lesson has already passed or changed. If you can't come to another one, write “can't come” again.
