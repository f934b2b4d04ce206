# fix30d: /import and namesakes (walk30 W30-01, W30-02; probe30 L2).

# /import: a course or center name the bot does not know at all is asked about too (walk30 W30-01).
imp-unknown-course = Курс «{ $text }» — какой это курс? { $rows ->
        [one] Это { $rows } строка.
        [few] Это { $rows } строки.
       *[many] Это { $rows } строк.
    }
imp-unknown-center = Центр «{ $text }» — какой это центр? { $rows ->
        [one] Это { $rows } строка.
        [few] Это { $rows } строки.
       *[many] Это { $rows } строк.
    }

# /import: the first message to a librarian of one center asks for no «центр» column (walk30 W30-02).
imp-send-file-one-center = Пришлите файл списка ожидания: CSV или XLSX, как его сохраняет Excel (не больше { $mb } { $mb ->
        [one] мегабайта
       *[other] мегабайт
    }). Нужны столбцы: ФИО, телефон, курс, дата записи. Все строки запишутся в ваш центр. У каждого в списке должен быть подписанный бумажный бланк согласия: бот спросит об этом. Ничего не запишется, пока вы не подтвердите.
# /import: a phone cell with more than one number: the first mobile number is taken, and said (walk30 W30-02).
imp-phone-taken-head = В ячейке телефона несколько номеров, взят первый мобильный:
imp-phone-taken-line = строка { $line }{ $who }: { $phone } (в ячейке: «{ $cell }»)
imp-phone-taken = взят первый мобильный номер: { $phone }

# /add without a phone: someone of that name at this center registered with a phone is asked about too (probe30 L2).
namesake-ask-phone = В этом центре уже есть { $name }, { $phone } ({ $courses }). Это тот же человек?
namesake-ask-many =
    В этом центре уже есть люди с именем { $name }:
    { $list }
    Это один из них?
namesake-no-phone = без телефона
namesake-yes-phone = Да, тот же: { $tail } ({ $courses })

# /import: a row without a phone with the name of someone at its center who has a phone (probe30 L2).
imp-namesake-phone = без телефона: в этом центре есть { $people }, курс будет добавлен ему же; если это другой человек, запишите его через /add
imp-namesake-phone-line = строка { $line }{ $who } — как { $people }
imp-namesake-phones = без телефона: в этом центре есть люди с таким именем: { $people }; строка будет записана отдельно. Если это один из них, добавьте ему телефон через /find: записи объединятся
imp-namesake-phones-line = строка { $line }{ $who } — в центре несколько человек с таким именем: { $people }; будет записан отдельно, без телефона
