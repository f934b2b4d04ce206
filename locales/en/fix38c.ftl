## fix38c (session 38)

# To a partner's representatives: seats offered together (one group, one round) to several of their people with a phone
# but no Telegram; the library phones them. One person: fix36d-partner-offer-called. src/domain/partners/no-phone-offers.ts.
# $names: one short name a line; $more: how many more were offered, not named here.
fix38c-partner-offers-called =
    Some of your people have been offered seats in a group: “{ $course }”, { $center }. The library is phoning them; the answer is needed by { $until }. You need not do anything.
    { $names }{ $more ->
        [0] {""}
       *[other] {"\u000A"}And { $more } more: all the names are in /referrals.
    }

# /calls and a day's call list: people put in a group on the lesson's own day, told of it then at the desk or on the
# phone, so no call before it (walk36 L11): named while few, else counted. src/bot/features/calls/day-lines.ts.
fix38c-calls-told-that-day = Put in a group on the day of the lesson and told of it then. No call needed: { no-phone-remind-who }.
