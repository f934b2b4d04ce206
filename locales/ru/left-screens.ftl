## fix29j (session 29): small wording (walk29 W29-20) and /import leftovers (W29-19, W29-05)

# Another command after /find or /broadcast: what became of it, truly (nothing was lost; W29-20).
find-left = Карточку человека закрыли, в ней ничего не изменено.
bc-left = Рассылка не отправлена, ничего не изменено.

# /import's result: rows repeated inside the file, apart from «Уже были» (walk29 W29-19).
done-duplicates = Повторы в файле: { $count }.
