# A librarian put someone into a group who cannot be written to (no Telegram, or the bot is blocked): a call for the
# librarians of the group's center (src/domain/staff-enrolment.ts, probe s23 M8).
calls-digest-putin =
    📞 Позвоните: в группу «{ $course }» ({ $center }) записали тех, кому бот не может написать. Скажите им, где и когда первое занятие (оно в карточке группы, /classes). Имена и телефоны — в списке. Если запишут ещё кого-то, они появятся в этом же списке.
calls-putin-list-title =
    📞 Записаны в группу «{ $course }», бот не может им написать. Позвоните ({ $done } из { $count }):
