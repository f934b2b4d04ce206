## Reminders

rem-day-before =
    Напоминаем: завтра занятие.
    Курс: { $course }
    Когда: { $when }
    Где: { $center }, { $address }, { $room }
    Вопросы: { $contact }
    Вы придёте?
rem-soon =
    Скоро занятие.
    Курс: { $course }
    Когда: { $when }
    Где: { $center }, { $address }, { $room }
    Вопросы: { $contact }
    Вы придёте?
rem-btn-yes = ✓ Приду
rem-btn-no = Не смогу
rem-answer-yes = Спасибо! Ждём вас.
rem-answer-no = Жаль. Мы сообщили библиотекарю, что вас не будет.
rem-release-ask = Это первое занятие. Освободить ваше место для следующего человека в очереди?
rem-btn-release-wait = Освободить, остаться в очереди
rem-btn-release-leave = Освободить и выйти из очереди
rem-btn-keep = Оставить место за мной
rem-released-wait = Место освобождено. Вы снова в очереди на прежнем месте.
rem-released-leave = Место освобождено. Вы больше не в очереди на этот курс.
rem-kept = Хорошо, место остаётся за вами.
rem-absent-staff = { $name } не сможет прийти на занятие: { $course }, { $when }.
