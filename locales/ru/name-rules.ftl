# helper fix28e: the one name rule (probe s28 L1), call lists of another center (L2), librarians without a name

join-name-marks = В имени не нужны значки, отметки и знаки вроде = < > @. Напишите, пожалуйста, только имя буквами, например Анна Петрова. Или нажмите «Отмена».
desk-add-name-marks = В имени не нужны значки, отметки и знаки вроде = < > @: в списках их примут за отметки бота. Напишите только имя буквами, например Петрова Анна.
imp-reason-name-marks = в имени значки или знаки, нужны только буквы
imp-reason-name-phone = в имени номер телефона
calls-list-other-center = Этот список звонков — для библиотекарей другого центра.
# A librarian added by her Telegram number who has not written to the bot since: no name yet.
staff-unnamed = { $id } (имя пока неизвестно)
staff-unnamed-line = имя пока неизвестно
