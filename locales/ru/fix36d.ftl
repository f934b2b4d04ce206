## fix36d (session 36)

# To a partner's representatives: the offers job offered a seat to one of their people who has a phone but no Telegram
# (after walk34 W34-17: the library calls, the partner is told, not asked). src/domain/partners/no-phone-offers.ts.
fix36d-partner-offer-called = Вашему человеку предложили место: { $name }, «{ $course }», { $center }. Библиотека звонит ему по телефону, ответ нужен до { $until }. Вам ничего делать не нужно.
