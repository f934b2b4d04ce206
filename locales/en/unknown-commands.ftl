## fix37b (session 37): walk36's low findings for staff

# An unknown /command, for every role (src/bot/features/unhandled.ts, walk36 L5).
unknown-command = There is no such command. All commands: /help

# Inside a flow, which a mistyped command does not leave: the question waits on (src/bot/middlewares/leave-conversation.ts).
unknown-command-mid-flow = There is no such command. All commands: /help. Answer the question above, or press Cancel.

# Under the /broadcast preview when its text moves or cancels a lesson (scenes/admin/broadcast.ts, walk36 L4).
bc-preview-change = A message does not change the schedule or the reminders. To move or cancel a lesson, or change the room, use /change

# Above /attendance's names when someone on it said "can't come" for the lesson (src/bot/features/classes/attendance.ts, walk36 L6).
attendance-said-absent = { $mark } means the person said they cannot come to this lesson.
