# Fixes after walk s21 and probe s21: staff screens (helper fixS).

# /attendance for staff with groups at several centers (W21-19): the center on the group's button and above its lessons.
cls-group-button-at = { $place }: { $short }, { $start }
cls-attendance-where = { $center }. Курс: { $course }.

# /stats for a first-time reader (W21-17): the wait and the absences in plain words, what the numbers mean behind a button.
adm-stats-median-half = { $days ->
        [0] Половина зачисленных получила место в день записи.
        [one] Половина зачисленных ждала места не дольше { $days } дня.
        [other] Половина зачисленных ждала места не дольше { $days } дня.
       *[many] Половина зачисленных ждала места не дольше { $days } дней.
    }
adm-stats-no-show-none = Пропуски занятий: отмеченных занятий ещё не было.
# No offer yet: said in words, not "0 из 0 (—)" (the pending count may follow).
adm-stats-offers-none = Приняли место: мест ещё не предлагали
adm-stats-btn-explain = ❓ Что значат цифры
adm-stats-explain =
    Что значат цифры:
    На картинке центр — город и название, а если не помещается — город и улица.
    Ждут — люди в очереди; кому уже предложили место, те в строке «ещё ждут ответа».
    Неделя — дата её понедельника. Записи — встали в очередь за неделю, Зачислены — получили место, даже если потом отказались.
    Пропуски — сколько раз участники не пришли, из всех отметок посещения.

# /newclass (probe s21 L6): a typed lesson today at an hour already gone, named at the dates step; two lessons at once.
cls-dates-line-past-time = Строка { $line } («{ $text }»): это время сегодня уже прошло. Пришлите весь список ещё раз, исправив эту строку.
cls-new-overlap = ⚠️ Занятия { $first } и { $second } идут одновременно: второе начнётся раньше, чем закончится первое. Проверьте время.

# /import (probe s21 L4): the phone and course of an earlier line under another name, in the details file.
cls-time-past = Сегодня { $time } уже прошло, а первое занятие — сегодня. Выберите время позже.
