# task31 fixJ (walk31 W31-17, W31-12, W31-13)
fix31j-new-closed-days =
    ⚠ The center is closed { closed-days-said }: { $count ->
        [1] the lesson on { $dates } falls
       *[other] the lessons on { $dates } fall
    } on { $oneDay ->
        [yes] that day
       *[no] those days
    }. To change the dates, press Back.
