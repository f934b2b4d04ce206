# task31 fixJ (walk31 W31-17, W31-12, W31-13)
fix31j-new-closed-days =
    ⚠ Центр закрыт { closed-days-said }: { $count ->
        [1] занятие { $dates } попадает
       *[other] занятия { $dates } попадают
    } на { $oneDay ->
        [yes] этот день
       *[no] эти дни
    }. Чтобы изменить даты, нажмите «Назад».
