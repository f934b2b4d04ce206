## /forget from an account linked to a record made at the library (walk34 W34-18: a grandson deleted his grandmother's)

# Above «Удалить все ваши данные…?» when the record has a paper consent: whose it is, and what to do if it is a relative's.
forget-desk-record = Это запись на имя { $name }, её сделали в библиотеке. Если она не ваша, а родственника, не удаляйте её: место в очереди пропадёт.
