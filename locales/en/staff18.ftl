## /broadcast: people registered at the desk have no Telegram; they are counted apart, never as "blocked" (walk s18 #4)
s18-bc-preview-count = Recipients: { $total }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } of them blocked the bot and will not get it.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Without Telegram: { $phoneOnly }. It is not sent to them; please call them.
    } Send?
s18-bc-progress = Broadcast: delivered { $delivered } of { $total }, blocked the bot { $blocked }{ $phoneOnly ->
        [0] {""}
       *[other] , without Telegram { $phoneOnly }
    }, errors { $failed }.
s18-bc-report =
    ✅ The broadcast is finished.
    Delivered: { $delivered } of { $total }
    Blocked the bot: { $blocked } (before: { $unreachable }, during the broadcast: { $newlyBlocked })
    Not delivered because of errors: { $failed }{ $phoneOnly ->
        [0] {""}
       *[other] {"\u000A"}Without Telegram: { $phoneOnly }. It was not sent to them; please call them.
    }
s18-bc-empty = The message has no text. Please write the text.
# Everyone of the audience blocked the bot or has no Telegram: nothing would be sent (probe s19 #13).
s18-bc-nobody-in-telegram = Nobody will get this message in Telegram: { $unreachable } blocked the bot, { $phoneOnly } have no Telegram. Please call the people without Telegram. Choose another audience.

## /import: a list of which nothing can be added ends with the next step (walk s18 #8)
s18-imp-next = Fix the file and send it again: /import
s18-imp-next-centers = The bot knows these centers: { $centers }. Fix the center's name in the file and send it again: /import

## /stats: the refresh interval is the job's own (walk s18 #12)
s18-stats-as-of = Figures as of { $time } (refreshed every { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    })

## A partner organization deactivated while its representative was at the last step (probe s18 F2)
s18-prt-closed-request = Your organization's access to the bot was closed, so the request was not sent. If this is a mistake, contact the library.
s18-prt-closed-add = Your organization's access to the bot was closed, so the person was not registered. If this is a mistake, contact the library.
