## /forget from an account linked to a record made at the library (walk34 W34-18: a grandson deleted his grandmother's)

# Above "Delete all your data…?" when the record has a paper consent: whose it is, and what to do if it is a relative's
# (fix35e: the button that unlinks it, src/domain/unlink-telegram.ts).
forget-desk-record = This is the record of { $name }, made at the library. If it is a relative's, do not delete it; press "Unlink my Telegram": the place in line stays.
