## Join fixes of session 18 (notes/walk-s18.md 3, 10; notes/probes-s18.md F3, F6)

# A phone typed among words that still could not be read (no digits, two numbers, a local number without its code).
join18-phone-unreadable = Не получилось прочитать номер. Напишите его полностью, с кодом, например 8 900 123-45-67, или нажмите «📱 Отправить мой телефон».

# The center was hidden while the citizen answered: nothing was saved, another center is asked for, the other answers are kept.
join18-center-closed = Этот центр только что перестал принимать записи: { $center }. Записать вас туда не получилось. Выберите другой центр, остальные ответы сохранены.

# A returning citizen whose record was deleted during the join (/forget in another window).
join18-record-gone = Ваши данные уже удалены. Чтобы записаться, начните заново: «📝 Записаться на курс».
