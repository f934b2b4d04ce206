## fix37b (session 37): walk36's low findings for staff

# An unknown /command, for every role (src/bot/features/unhandled.ts, walk36 L5).
unknown-command = Такой команды нет. Все команды — /help

# Inside a flow, which a mistyped command does not leave: the question waits on (src/bot/middlewares/leave-conversation.ts).
unknown-command-mid-flow = Такой команды нет. Все команды — /help. Ответьте на вопрос выше или нажмите «Отмена».

# Under the /broadcast preview when its text moves or cancels a lesson (scenes/admin/broadcast.ts, walk36 L4).
bc-preview-change = Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change

# Above /attendance's names when someone on it said «не смогу» for the lesson (src/bot/features/classes/attendance.ts, walk36 L6).
attendance-said-absent = { $mark } — человек написал, что не сможет прийти на это занятие.
