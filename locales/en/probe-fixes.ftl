# Fixes after probe s16: import, forwarded answers, call digests.

imp-reason-long-name = name longer than 100 letters

# A forwarded message in the middle of a flow is not taken as the answer.
answer-not-forwarded = This is a forwarded message. Please type the answer yourself.
