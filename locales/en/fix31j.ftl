# task31 fixJ (walk31 W31-17, W31-12, W31-13)
fix31j-new-closed-days =
    ⚠ The center is closed { closed-days-said }: { $count ->
        [1] the lesson on { $dates } falls
       *[other] the lessons on { $dates } fall
    } on { $oneDay ->
        [yes] that day
       *[no] those days
    }. To change the dates, press Back.
# /broadcast's preview (walk31 W31-12): the first number is of those who get it, not of everyone counted below.
fix31j-bc-preview-count = Will get it in Telegram: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } blocked the bot and will not get it.
    }{ $phoneOnly ->
        [0] {""}
       *[other] {" "}Without Telegram: { $phoneOnly }; please call them.
    } Send?
fix31j-bc-preview-count-no-phone = Will get it in Telegram: { $received }.{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } blocked the bot and will not get it.
    } Without Telegram: { $phoneOnly } — { $called ->
        [0] {""}
       *[other] please call { $called },{" "}
    }{ $noPhone } have no phone: tell them in person. Send?
# /calls: the button of a center closed for some days, by its days (walk31 W31-13: the center's name made it 85 characters).
fix31j-calls-btn-close-days = 🏢 Closed { $oneDay ->
        [yes] { $from }
       *[no] { $from }–{ $to }
    }: called { $done } of { $count }
# The person's message of a center closed for some days (walk31 W31-13): the place first, once, without two colons.
fix31j-days-notice =
    { $place } is closed { closed-days-said }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Lessons on these days are cancelled:
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…and { $more } more
            }
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Group cancelled: { $cancelled }. You are back in line in your old place.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Those were the last lessons: { $ended }. The course is over, thank you for taking part!
    }
    Questions: { $phone }
