## /broadcast: people registered at the desk have no Telegram; they are counted apart, never as "blocked" (walk s18 #4)
s18-bc-preview-count = Recipients: { $total }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } of them blocked the bot and will not get it.
    }{ $noTelegram ->
        [0] {""}
       *[other] {" "}Without Telegram: { $noTelegram }. It is not sent to them; please call them.
    } Send?
s18-bc-progress = Broadcast: delivered { $delivered } of { $total }, blocked the bot { $blocked }{ $noTelegram ->
        [0] {""}
       *[other] , without Telegram { $noTelegram }
    }, errors { $failed }.
s18-bc-report =
    ✅ The broadcast is finished.
    Delivered: { $delivered } of { $total }
    Blocked the bot: { $blocked } (before: { $unreachable }, during the broadcast: { $newlyBlocked })
    Not delivered because of errors: { $failed }{ $noTelegram ->
        [0] {""}
       *[other] {"\u000A"}Without Telegram: { $noTelegram }. It was not sent to them; please call them.
    }
s18-bc-empty = The message has no text. Please write the text.

## /import: a list of which nothing can be added ends with the next step (walk s18 #8)
s18-imp-next = Fix the file and send it again: /import
s18-imp-next-centers = The bot knows these centers: { $centers }. Fix the center's name in the file and send it again: /import

## /stats: the refresh interval is the job's own (walk s18 #12)
s18-stats-as-of = Figures as of { $time } (refreshed every { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    })
