## fix38q (session 38): probe38's low findings

# The unlink of Telegram found the phone taken by a record a librarian made meanwhile with /add (src/domain/unlink-record.ts).
fix38q-unlink-phone-taken = ⚠️ { $name }: Telegram was unlinked from the record, but while it was being unlinked the library made a second record with the same phone and name. { $how ->
        [joined] The records were joined: the places in line and in groups are now on that record.
       *[apart] The bot could not join them: both are on the list for the same course. Find both records in /find by the phone and decide which place stays.
    }
# An old “Which one?” pressed after the lesson it showed began, or after it was moved or cancelled (src/bot/features/cant-come.ts).
fix38q-which-past = That lesson has already passed or changed. If you can't come to another one, write “can't come” again.
