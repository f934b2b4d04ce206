## fixO (session 21): offers, reminders, partners

# An alert (at most 200 characters): a class reminder answered after the lesson began (walk s21 W21-20).
rem-late-answer = Занятие { $when } уже началось, отвечать на напоминание поздно.{ $inGroup ->
        [yes] {" "}Вы по-прежнему в группе.
       *[no] {""}
    } Опаздываете или не смогли прийти — позвоните в библиотеку: { $phone }.
