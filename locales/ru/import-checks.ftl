# /import for a new librarian, and no line-jumping: helper fixI (probe s22 H1, walk s22 W22-08..W22-11).

# /import: a join date older than the oldest the bot takes (OLDEST_JOIN_YEARS in src/domain/import/classify.ts).
imp-reason-old-date = дата записи старше { $years ->
    [one] { $years } года
   *[other] { $years } лет
}
# /import preview: people already on the list whose place moves to the file's earlier day, each named (sent before the preview).
imp-backdated-head = Место в очереди передвинется на дату из файла (сейчас → станет):
imp-backdated-line = строка { $line }{ $who }: { $from } → { $to }
imp-backdated-more = …и ещё { $count }, все в файле выше.
imp-preview-earlier = Из тех, кто уже в очереди, по файлу записались раньше: { $count }. Их место будет считаться по дате из файла (кто и с какого дня — в сообщении выше).
# /import column read-out: no center column, and the staff member has one center (walk s22 W22-08).
imp-column-sole-center = столбца «центр» нет → все строки в ваш центр: { $center }
# /import: a course name two courses fit (walk s22 W22-09), e.g. «Интернет»: «Интернет и электронная почта» или «Безопасный интернет».
imp-match-course-fits = Курс «{ $text }» — это { $labels }? { $rows ->
    [one] Это { $rows } строка.
    [few] Это { $rows } строки.
   *[other] Это { $rows } строк.
}
imp-match-or = {" или "}
imp-match-this = ✅ { $label }
imp-match-quoted = «{ $label }»
# /import: rejected rows by line, the list's own number and the name (walk s22 W22-10), sent before the preview.
imp-rejected-head = Не подходят (строка в файле — причина):
imp-rejected-line = строка { $line }{ $who } — { $reason }
imp-number = № { $number }
imp-rejected-above = Какие строки не подходят и почему — в сообщении выше.
imp-field-number = номер по списку

## probe40 (session 40)

# /import: an Excel file within the size limit whose table, unpacked, is far larger than a real list (a "zip bomb", or
# a table with very much in it). src/domain/import/zip-size.ts.
imp-file-unpacks-too-large = Таблица в этом файле слишком большая. Разделите её на части и пришлите по одной.
