/** `npm run emulator`: a standalone Telegram Bot API emulator for trying the bot locally. */
import { startEmulator } from './server.js';

const port = Number(process.env['EMULATOR_PORT'] ?? 8081);
const emulator = await startEmulator({ port, host: '127.0.0.1' });

console.log(`Telegram Bot API emulator listening on ${emulator.url}
Point the bot at it:   TELEGRAM_API_ROOT=${emulator.apiRoot} npm start
Any token shaped like 123456789:AAAbbbCCCdddEEEfffGGGhhhIIIjjjKKKlll works.
User side (JSON):      ${emulator.url}/_emulator/users, /_emulator/users/<id>/text, ...`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
