# fix30d: /import and namesakes (walk30 W30-01, W30-02; probe30 L2).

# /import: a course or center name the bot does not know at all is asked about too (walk30 W30-01).
fix30d-imp-unknown-course = Which course is "{ $text }"? { $rows ->
        [one] This is { $rows } row.
       *[other] These are { $rows } rows.
    }
fix30d-imp-unknown-center = Which center is "{ $text }"? { $rows ->
        [one] This is { $rows } row.
       *[other] These are { $rows } rows.
    }
