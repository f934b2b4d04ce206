## /forget from an account linked to a record made at the library (walk34 W34-18: a grandson deleted his grandmother's)

# Above «Удалить все ваши данные…?» when the record has a paper consent: whose it is, and what to do if it is a relative's
# (fix35e: the button that unlinks it, src/domain/unlink-telegram.ts).
forget-desk-record = Это запись на имя { $name }, её сделали в библиотеке. Если она родственника, не удаляйте её, а нажмите «Отвязать мой Телеграм»: место в очереди сохранится.
