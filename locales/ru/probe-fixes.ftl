# Fixes after probe s16: import, forwarded answers, call digests.

imp-reason-long-name = ФИО длиннее 100 букв

# A forwarded message in the middle of a flow is not taken as the answer.
answer-not-forwarded = Это пересланное сообщение. Напишите, пожалуйста, ответ сами.

# One message per librarian per action about calls to people without Telegram (src/domain/call-digests.ts).
calls-digest-who = { $count ->
        [one] { $count } человеку
       *[other] { $count } людям
    } без Телеграма
calls-digest-offer =
    { calls-digest-whom }: им предложено место в группе «{ $course }», { $center }.
    Место держим до { $until }. { calls-digest-list-buttons }
calls-digest-move-lesson =
    📞 Позвоните { calls-digest-who }: занятие перенесено.
    { $course }: было { $old }, теперь { $new }. Телефоны — в списке.
calls-digest-shift-group =
    📞 Позвоните { calls-digest-who }: расписание группы изменилось.
    { $course }: занятия теперь { lessons-said }. Телефоны — в списке.
calls-digest-cancel-lesson =
    📞 Позвоните { calls-digest-who }: занятие отменено.
    { $course }, { $when }. Остальные занятия идут по расписанию. Телефоны — в списке.
calls-digest-cancel-last-lesson =
    📞 Позвоните { calls-digest-who }: занятие отменено.
    { $course }, { $when }. Это было последнее занятие группы: курс окончен. Телефоны — в списке.
calls-digest-cancel-group =
    📞 Позвоните { calls-digest-who }: группа отменена.
    { $course }, { $center }. Люди снова в очереди на прежних местах. Телефоны — в списке.
calls-btn-open-list = 📋 Открыть список
calls-btn-mark-call = 📞 Отметить звонок
calls-change-list-title = 📞 Звонки об изменении: { $course }. Сделано { $done } из { $count }.
calls-change-list-gone = Этого списка звонков уже нет.

# A librarian of another center pressed a call task's button.
calls-other-center = Этот звонок — для библиотекарей другого центра.
