## fix31h (session 31): coming back, linking Telegram

# /start for someone a seat is held for, instead of «Вы уже в очереди» (walk31 W31-09); the offer itself comes next.
start-offer = Для вас держим место в группе: ответьте на предложение ниже кнопкой «Приду» или «Не смогу».

# After linking Telegram, for someone in a group, instead of «Ваше место в очереди сохранено» (walk31 W31-06); the group's line follows.
link-done-in-group = Готово! Теперь сообщения о курсе будут приходить сюда, в Телеграм.
# The same, for someone also waiting for another course.
link-line-kept = Место в очереди на другой курс тоже сохранено.

# «Меня уже записали» and no record under the shared number (walk31 W31-05): whoever wrote the person down adds the number; the town's centers, not the regional library's phone.
link-record-not-found = Мы не нашли записи с вашим номером. Если вас записали в библиотеке или в другом месте, например в больнице, попросите там добавить этот номер. Телефоны центров вашего города: кнопка «Центры рядом» внизу экрана. Если вас ещё не записывали, нажмите «Записаться на курс».

# «Меня уже записали» with a phone that holds two records of one person (fix38q L6, kept apart by an unlink): not linked (src/bot/features/link-telegram.ts).
link-two-records = С этим телефоном в библиотеке две ваши записи. Сначала библиотекарь соединит их. Позвоните, пожалуйста: { $phone }.
