# fix29e (probe29 M1, L1; walk29 W29-02): namesakes without a phone, and a phone added to a card later.

no-phone-namesake-courses = { $count ->
    [0] записей на курсы нет
   *[other] { $courses }
}
no-phone-namesake-ask = В этом центре уже есть { $name }, без телефона ({ $courses }). Это тот же человек?
no-phone-namesake-ask-many =
    В этом центре уже есть люди без телефона с именем { $name }:
    { $list }
    Это один из них?
no-phone-namesake-yes = Да, тот же человек
no-phone-namesake-yes-which = Да, тот же: { $courses }
no-phone-namesake-no = Нет, другой человек

# /import: a row without a phone with the name of someone at its center goes to them: said, not silently (probe29 M1).
imp-namesake-known = без телефона: человек с таким именем уже есть в этом центре, курс будет добавлен ему же; если это другой человек, запишите его через /add
imp-namesake-of = без телефона: то же имя, что в строке { $of }, это будет один человек; если это другой человек, запишите его через /add
imp-namesake-on-list = без телефона: человек с таким именем уже в очереди на этот курс в этом центре; если это другой человек, запишите его через /add
imp-namesake-head = Без телефона, с именем человека, который уже есть в этом центре (курс будет у него же):
imp-namesake-line = строка { $line }{ $who }{ $of ->
    [0] {""}
   *[other] , как в строке { $of }
}
imp-namesake-what = Если это другой человек, запишите его через /add: бот спросит, тот же ли это человек.

# /find: a phone for a person registered without one (walk29 W29-02).
find-add-phone = 📞 Добавить телефон
find-add-phone-ask = { $name }: напишите телефон для карточки, например 8 923 123-45-67. Можно телефон родственника: нажав в боте «Меня уже записали в библиотеке», он будет получать сообщения за этого человека.
find-add-phone-done = Телефон добавлен: { $name }, { $phone }. Теперь в боте можно нажать «Меня уже записали в библиотеке» и отправить этот номер: запись найдётся. Родственнику на вопрос бота нужно нажать «Это мой родственник».
find-add-phone-has = У этого человека телефон уже есть. Откройте карточку снова: /find.
find-add-phone-same-name = С номером { $phone } уже записан человек с таким же именем: { $name }, и оба в очереди на один курс. Ничего не меняли. Если это один человек, выведите лишнюю запись из очереди через /find и добавьте телефон снова.
find-add-phone-joined = С номером { $phone } уже был записан человек с таким же именем: { $name }. Это один человек: его записи теперь в одной карточке. В боте можно нажать «Меня уже записали в библиотеке» и отправить этот номер.
# The link step («Отправить мой номер») answered in words, as a grandson for his grandmother.
link-for-someone-else = Запись ищем по номеру телефона. Если в библиотеке записали родственника без телефона, например бабушку, попросите библиотекаря добавить ваш номер в карточку родственника. Потом нажмите «Отправить мой номер» внизу экрана. Если записывали вас, нажмите эту кнопку сейчас.
# A namesake's button in /find and /forgetperson, when only the place tells them apart (probe29 L1).
pick-namesake-place = { $status ->
    [waiting] место { $position }
    [offered] предложено место
   *[other] в группе
}
