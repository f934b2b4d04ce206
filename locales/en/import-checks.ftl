# /import for a new librarian, and no line-jumping: helper fixI (probe s22 H1, walk s22 W22-08..W22-11).

# /import: a join date older than the oldest the bot takes (OLDEST_JOIN_YEARS in src/domain/import/classify.ts).
imp-reason-old-date = date joined more than { $years ->
    [one] { $years } year
   *[other] { $years } years
} ago
# /import preview: people already on the list whose place moves to the file's earlier day, each named (sent before the preview).
imp-backdated-head = These places in line move to the file's date (now → then):
imp-backdated-line = line { $line }{ $who }: { $from } → { $to }
imp-backdated-more = …and { $count } more, all in the file above.
imp-preview-earlier = Of those already on the list, the file says joined earlier: { $count }. Their place will count from the file's date (who and from when: in the message above).
# /import column read-out: no center column, and the staff member has one center (walk s22 W22-08).
imp-column-sole-center = no "center" column → every row goes to your center: { $center }
# /import: a course name two courses fit (walk s22 W22-09), e.g. "Internet": "Internet and e-mail" or "Safe internet".
imp-match-course-fits = Is the course "{ $text }" { $labels }? { $rows ->
    [one] It is { $rows } row.
   *[other] It is { $rows } rows.
}
imp-match-or = {" or "}
imp-match-this = ✅ { $label }
imp-match-quoted = "{ $label }"
# /import: rejected rows by line, the list's own number and the name (walk s22 W22-10), sent before the preview.
imp-rejected-head = Not suitable (line in the file — reason):
imp-rejected-line = line { $line }{ $who } — { $reason }
imp-number = No. { $number }
imp-rejected-above = Which lines are not suitable, and why: in the message above.
imp-field-number = number on the list

## probe40 (session 40)

# /import: an Excel file within the size limit whose table, unpacked, is far larger than a real list (a "zip bomb", or
# a table with very much in it). src/domain/import/zip-size.ts.
imp-file-unpacks-too-large = The table in this file is too big. Split it into parts and send them one at a time.
