## Citizens' leftovers of walk s22 (round 24)

# Above the time of day when the town chosen has one center: it is taken without a question (walk s22 W22-03).
join-only-center = В этом городе один центр: { $name }, { $address }.

# A seat offer answered by a typed "да" / "приду": what it was taken for, and a way back below (walk s22 W22-20).
cls-offer-accepted-typed = Вы ответили «{ $said }» на предложение места.
cls-offer-undo-ask = Передумали?
cls-offer-undo = Отказаться от места

# A typed phone with another country's code that the bot cannot check (walk s22 W22-01). The Telegram number is kept
# when shared with the button (src/domain/phone.ts normalizeContactPhone). $skip: yes when the question has Skip.
join-phone-foreign = Этот зарубежный номер бот не может проверить. Если это номер вашего Телеграма, нажмите «Отправить мой телефон» внизу экрана: он сохранится. Или напишите российский номер, он начинается с +7{ $skip ->
    [yes] , или нажмите «Пропустить».
   *[no] .
}

# "Когда у меня занятие?" typed while only waiting for a group: the answer above the list (walk s22 W22-04).
place-no-group-yet = Группы у вас пока нет, поэтому и занятий пока нет. Когда для вас будет место в группе, бот сам напишет.
# "Где библиотека?" typed by someone on a list: their own center first, above the towns (walk s22 W22-04).
own-center = Вы записаны в этот центр:

# A chosen item of a list with "Готово" (the days of a group, a librarian's centers): words, not "✓ вторник", which a
# screen reader reads as "галочка вторник", like "✓ Готово" (walk s22 W22-23). "Выбрано" as Android says "отмечено".
ticked = { $label } — выбрано
