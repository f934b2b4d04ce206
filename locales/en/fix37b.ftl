## fix37b (session 37): walk36's low findings for staff

# An unknown /command, for every role (src/bot/features/unhandled.ts, walk36 L5).
fix37b-unknown-command = There is no such command. All commands: /help
