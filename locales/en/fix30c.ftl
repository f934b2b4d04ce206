## fix30c: a call card a colleague opened minutes ago (walk29 W29-07)

fix30c-card-opened = ⚠️ This card was already opened: { $by }, at { $at }. Someone may be calling this person already: agree who calls.
