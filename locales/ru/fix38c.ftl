## fix38c (session 38)

# To a partner's representatives: seats offered together (one group, one round) to several of their people with a phone
# but no Telegram; the library phones them. One person: fix36d-partner-offer-called. src/domain/partners/no-phone-offers.ts.
# $names: one short name a line («Звонарёва Л.»); $more: how many more were offered, not named here.
fix38c-partner-offers-called =
    Вашим людям предложили места в группе: «{ $course }», { $center }. Библиотека звонит им по телефону, ответ нужен до { $until }. Вам ничего делать не нужно.
    { $names }{ $more ->
        [0] {""}
       *[other] {"\u000A"}И ещё { $more } { $more ->
            [one] человек
            [few] человека
           *[many] человек
        }: все имена — в /referrals.
    }

# /calls and a day's call list: people put in a group on the lesson's own day, told of it then at the desk or on the
# phone, so no call before it (walk36 L11): named while few, else counted. src/bot/features/calls/day-lines.ts.
fix38c-calls-told-that-day = Записаны в группу в день занятия и узнали о нём при записи. Звонить не нужно: { no-phone-remind-who }.
