## fix40a (session 40): «О какой речь?» once a button under it was pressed (src/bot/features/cant-come.ts)

# The question's text is replaced by the answer: each lesson by its date, so it does not read as ahead once past.
fix40a-which-answered = Вы записаны в несколько групп. Вы ответили «Не приду»:
