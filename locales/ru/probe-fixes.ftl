# Fixes after probe s16: import, forwarded answers, call digests.

imp-reason-long-name = ФИО длиннее 100 букв

# A forwarded message in the middle of a flow is not taken as the answer.
answer-not-forwarded = Это пересланное сообщение. Напишите, пожалуйста, ответ сами.
