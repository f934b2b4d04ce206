# fix30d: /import and namesakes (walk30 W30-01, W30-02; probe30 L2).

# /import: a course or center name the bot does not know at all is asked about too (walk30 W30-01).
fix30d-imp-unknown-course = Курс «{ $text }» — какой это курс? { $rows ->
        [one] Это { $rows } строка.
        [few] Это { $rows } строки.
       *[many] Это { $rows } строк.
    }
fix30d-imp-unknown-center = Центр «{ $text }» — какой это центр? { $rows ->
        [one] Это { $rows } строка.
        [few] Это { $rows } строки.
       *[many] Это { $rows } строк.
    }
