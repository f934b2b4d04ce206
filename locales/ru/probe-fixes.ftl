# Fixes after probe s16: import, forwarded answers, call digests.

imp-reason-long-name = ФИО длиннее 100 букв
