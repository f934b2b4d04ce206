# fix30d: /import and namesakes (walk30 W30-01, W30-02; probe30 L2).

# /import: a course or center name the bot does not know at all is asked about too (walk30 W30-01).
imp-unknown-course = Which course is "{ $text }"? { $rows ->
        [one] This is { $rows } row.
       *[other] These are { $rows } rows.
    }
imp-unknown-center = Which center is "{ $text }"? { $rows ->
        [one] This is { $rows } row.
       *[other] These are { $rows } rows.
    }

# /import: the first message to a librarian of one center asks for no "center" column (walk30 W30-02).
imp-send-file-one-center = Send the waiting list file: CSV or XLSX as Excel saves it (up to { $mb } MB). Columns needed: name, phone, course, date joined. Every row goes to your center. Everyone on the list must have signed the paper consent form: the bot will ask. Nothing is written until you confirm.
# /import: a phone cell with more than one number: the first mobile number is taken, and said (walk30 W30-02).
imp-phone-taken-head = A phone cell has more than one number; the first mobile number was taken:
imp-phone-taken-line = line { $line }{ $who }: { $phone } (in the cell: "{ $cell }")
imp-phone-taken = first mobile number taken: { $phone }

# /add without a phone: someone of that name at this center registered with a phone is asked about too (probe30 L2).
namesake-ask-phone = This center already has { $name }, { $phone } ({ $courses }). Is this the same person?
namesake-ask-many =
    This center already has people named { $name }:
    { $list }
    Is this one of them?
namesake-no-phone = no phone
namesake-yes-phone = Yes, the one with { $tail } ({ $courses })

# /import: a row without a phone with the name of someone at its center who has a phone (probe30 L2).
imp-namesake-phone = no phone: this center has { $people }; the course goes to them; if this is another person, register them with /add
imp-namesake-phone-line = line { $line }{ $who } — as { $people }
imp-namesake-phones = no phone: this center has people of this name: { $people }; the row is written on its own. If it is one of them, add their phone with /find: the records join
imp-namesake-phones-line = line { $line }{ $who } — the center has several people of this name: { $people }; written on their own, without a phone
