/**
 * npm run bench:join-calls: one citizen walks the join flow through the
 * emulator with Telegram's limits on, at one tap per second of the emulator's
 * clock (test/helpers/emulated-join.ts). Prints the Bot API calls the flow
 * made, by method, the message calls into the chat, and the 429s the emulator
 * counted; the last line is one JSON object.
 */
import pino from 'pino';
import { createBot } from '../src/bot/index.js';
import { loadConfig } from '../src/config.js';
import { seedSampleData } from '../src/db/seed.js';
import { ManualClock } from '../src/simulator/clock.js';
import { startEmulator } from '../src/simulator/index.js';
import { joinThroughEmulator } from '../test/helpers/emulated-join.js';
import { openBenchDatabase } from './lib/database.js';
import { offerOptions } from '../src/domain/offer-options.js';

const TAP_MS = Number(process.env.BENCH_TAP_MS ?? 1000);
const MESSAGE_METHODS = ['sendMessage', 'editMessageText', 'editMessageReplyMarkup', 'sendVenue', 'deleteMessage'];

const db = await openBenchDatabase('join-calls');
await seedSampleData();
const clock = new ManualClock(Date.now());
const emu = await startEmulator({ clock });
const config = loadConfig({ BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq', MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent', TELEGRAM_API_ROOT: emu.apiRoot });
const { bot } = createBot({ config, logger: pino({ level: 'silent' }), now: () => new Date(), offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } });
await bot.init();
await emu.client.resetCounters();

// A flow that meets 429s can lose a question on the way (the bot gives up after a few retries): count what happened anyway.
const taps = await joinThroughEmulator(emu, bot, clock, 5101, TAP_MS).catch((error: unknown) => {
  console.log(`the flow broke off: ${String(error)}`);
  return -1;
});
const counters = await emu.client.counters();
const { getUpdates: _polling, getMe: _me, ...calls } = counters.callsPerMethod;
const apiCallsPerJoin = Object.values(calls).reduce((a, b) => a + b, 0);
const messageCallsPerJoin = MESSAGE_METHODS.reduce((sum, m) => sum + (calls[m] ?? 0), 0);
console.log(`taps (after /start): ${taps}, tap every ${TAP_MS} ms of the emulator's clock`);
console.log('Bot API calls by method (including /start):', calls);
console.log(`message calls into the chat: ${messageCallsPerJoin}, all calls: ${apiCallsPerJoin}, 429s: ${counters.tooManyRequests}`);
console.log(JSON.stringify({ completed: taps > 0, taps, apiCallsPerJoin, messageCallsPerJoin, tooManyRequests: counters.tooManyRequests, callsByMethod: calls }));
await emu.close();
await db.close();
process.exit(0);
