# Fixes after probe s16: import, forwarded answers, call digests.

imp-reason-long-name = name longer than 100 letters
