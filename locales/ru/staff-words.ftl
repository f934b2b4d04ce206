## Staff screens kept within 60 words (issue 16.4)

help-staff-lessons = Команды для сотрудников. Группы и занятия:
help-staff-queue = Очередь и люди:
help-staff-coordinator = Для координатора:
prt-req-btn-note = 📄 Примечание полностью
prt-req-note =
    Примечание к заявке организации «{ $partner }»:
    { $note }
