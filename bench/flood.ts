/**
 * npm run bench:flood: one person floods the bot with 500 messages in one
 * second while 20 other citizens each walk the join flow, pressing the
 * buttons the bot sent, with a short pause to read each answer (as people do).
 * Everything goes through the Bot API emulator with Telegram's limits on
 * (1 message/s per chat with a burst of 3, 30/s for the bot), and the bot
 * receives updates by long polling with grammY's runner, as in production
 * (BENCH_POLLING=webhook: by a webhook, as main.ts with WEBHOOK_URL).
 *
 * Reports the other citizens' reply latency (from their tap to the bot's
 * answer) p50/p99, what the flood left behind (the flooder's waiting updates,
 * session and conversation state), 429s and calls made inside a retry_after,
 * and peak RSS; the last line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { startPolling } from '../src/bot/polling.js';
import { startWebhook } from '../src/bot/webhook.js';
import { loadConfig } from '../src/config.js';
import { ConversationStateModel, SessionModel } from '../src/db/models/kv-entry.js';
import { chatStorageKey } from '../src/db/repositories/kv-storage.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { startEmulator, type EmulatorClient } from '../src/simulator/index.js';
import { sendText } from '../src/simulator/user-actions.js';
import { openBenchDatabase, peakRssMb, quantile } from './lib/database.js';
import { offerOptions } from '../src/domain/offer-options.js';

const FLOOD_MESSAGES = Number(process.env.BENCH_FLOOD_MESSAGES ?? 500);
const FLOOD_SECONDS = 1;
const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 20);
/** How long a citizen reads an answer before the next tap (±50%): 20 people at 1 s would outrun the bot-wide 30 msg/s alone (2 calls a step). */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 3000);
const FLOODER = 990_001;
/** A citizen who got no answer this long gives up (the step counts with the time waited). */
const STEP_TIMEOUT_MS = Number(process.env.BENCH_STEP_TIMEOUT_MS ?? 60_000);
let gaveUp = 0;

const db = await openBenchDatabase('flood');
await seedSampleData();
const emulator = await startEmulator(); // Telegram's limits on
const { client } = emulator;

const config = loadConfig({
  BOT_TOKEN: '123456:BENCH-flood-abcdefghijklmnopqrstuvwxyz', MONGODB_URI: 'mongodb://unused',
  TELEGRAM_API_ROOT: emulator.apiRoot, LOG_LEVEL: 'silent',
});
const errors: string[] = [];
const deps: BotDeps = { config, logger: pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) }), now: () => new Date(), offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
const { bot, turns, floodGate } = createBot(deps);
await bot.init();
/**
 * How updates come in. runner (default, as main.ts): long polling, chats side by side; builtin: grammY's
 * bot.start(), one update at a time (for comparison); webhook: as main.ts with WEBHOOK_URL (the emulator
 * posts each update, one at a time and in order, and waits for the answer).
 */
const POLLING = (['builtin', 'webhook'] as const).find((mode) => mode === process.env.BENCH_POLLING) ?? 'runner';
const allowed = ['message', 'callback_query', 'my_chat_member'] as const;
const polling = await startReceiving();
async function startReceiving(): Promise<{ stop: () => Promise<unknown> }> {
  if (POLLING === 'runner') return startPolling(bot, allowed);
  if (POLLING === 'builtin') {
    void bot.start({ allowed_updates: allowed });
    return { stop: () => bot.stop() };
  }
  const port = Number(process.env.BENCH_WEBHOOK_PORT ?? 18_443);
  const url = `http://127.0.0.1:${port}/telegram`;
  const settings = { url, secretToken: 'bench_flood_secret_0123456789', port, allowedUpdates: allowed, dropsOnArrival: turns.overflows };
  return startWebhook(bot, settings, deps.logger);
}

const latencies: number[] = [];
/** The same latencies, for taps made while the flood was on or within 2 s after it. */
const duringFlood: number[] = [];
let floodStartedAt = Infinity;
let floodEndedAt = Infinity;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Acts, then waits for the bot's answer matching `pattern`: a new message, or the question edited in
 * place (how a step answers a button press); the time in between is one reply latency.
 */
async function step(userId: number, act: () => Promise<unknown>, pattern: RegExp): Promise<void> {
  await client.skipPending(userId);
  const started = performance.now();
  await act();
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const event = await client.nextEvent(userId, { timeoutMs: Math.max(1, deadline - Date.now()), kinds: ['sent', 'edited'] }).catch(() => undefined);
    const message = event?.message;
    if (!message) {
      record(started);
      gaveUp++;
      throw new GaveUp();
    }
    if (pattern.test(message.text ?? '')) break;
  }
  record(started);
  await sleep(THINK_MS * (0.5 + Math.random()));
}

function record(started: number) {
  const ms = performance.now() - started;
  latencies.push(ms);
  if (started >= floodStartedAt && started <= floodEndedAt + 2000) duringFlood.push(ms);
}

class GaveUp extends Error {}

async function joinFlow(index: number, c: EmulatorClient) {
  await walkJoinFlow(index, c).catch((error: unknown) => {
    if (!(error instanceof GaveUp)) throw error;
  });
}

async function walkJoinFlow(index: number, c: EmulatorClient) {
  const id = 980_000 + index;
  await c.createUser({ id, first_name: 'Нина', last_name: `Орлова${index}`, language_code: 'ru' });
  await sleep(Math.random() * FLOOD_SECONDS * 1000); // everyone starts while the flood is on
  await step(id, () => c.sendCommand(id, '/start'), /Чтобы записаться/);
  await step(id, () => c.pressReplyButton(id, '📝 Записаться на курс'), /Шаг 1 из 5/);
  await step(id, () => c.pressInlineButton(id, 'Интернет и электронная почта'), /Шаг 2 из 5/);
  // Юрга has one center: it is taken and named above the time of day (walk s22 W22-03).
  await step(id, () => c.pressInlineButton(id, 'Юрга'), /один центр[^]*Шаг 3 из 5/);
  await step(id, () => c.pressInlineButton(id, 'Вечером'), /Шаг 4 из 5/);
  await step(id, () => c.pressInlineButton(id, '✓ Даю согласие'), /Шаг 5 из 5/);
  await step(id, () => c.pressReplyButton(id, '📱 Отправить мой телефон', { contact: { phone_number: `+7913${String(1_000_000 + index)}` } }), /Проверьте/i);
  await step(id, () => c.pressInlineButton(id, '✓ Всё верно, записаться'), /Ваше место в очереди: \d+\./);
}

/**
 * FLOOD_MESSAGES texts spread evenly over FLOOD_SECONDS. They are put straight into the emulator's
 * update queue (as Telegram would receive them), not over its HTTP user API, which would cost more than the bot.
 */
async function flood() {
  await client.createUser({ id: FLOODER, first_name: 'Flooder', language_code: 'ru' });
  const started = performance.now();
  floodStartedAt = started;
  for (let i = 0; i < FLOOD_MESSAGES; i++) {
    const due = (i * FLOOD_SECONDS * 1000) / FLOOD_MESSAGES;
    const wait = started + due - performance.now();
    if (wait > 1) await sleep(wait);
    sendText(emulator.state, FLOODER, `спам ${i}`);
  }
  floodEndedAt = performance.now();
  return (performance.now() - started) / 1000;
}

let peakFlooderPending = 0;
const watch = setInterval(() => (peakFlooderPending = Math.max(peakFlooderPending, turns.pending(String(FLOODER)))), 5);

const started = performance.now();
const [floodSeconds] = await Promise.all([flood(), ...Array.from({ length: CITIZENS }, (_, i) => joinFlow(i, client))]);
const seconds = (performance.now() - started) / 1000;
// Let the flooder's last answers and the notice go out.
const settleDeadline = Date.now() + 30_000;
while ((turns.pending(String(FLOODER)) > 0 || (await client.info()).pending_updates > 0) && Date.now() < settleDeadline) await sleep(50);
await sleep(2000);
clearInterval(watch);

const flooderMessages = await client.messages(FLOODER);
const notices = flooderMessages.filter((m) => m.text === i18nNotice()).length;
const stateBytes = async (model: typeof SessionModel) =>
  (await model.find({ _id: chatStorageKey(FLOODER) }).lean()).reduce((sum, doc) => sum + JSON.stringify(doc).length, 0);
const counters = await client.counters();
const joined = await WaitlistEntryModel.countDocuments({ status: 'waiting' });

latencies.sort((a, b) => a - b);
duringFlood.sort((a, b) => a - b);
const result = {
  bench: 'flood',
  engine: db.engine,
  floodMessages: FLOOD_MESSAGES,
  floodSeconds: +floodSeconds.toFixed(2),
  citizens: CITIZENS,
  polling: POLLING,
  thinkMs: THINK_MS,
  seconds: +seconds.toFixed(1),
  othersReplies: latencies.length,
  othersP50Ms: Math.round(quantile(latencies, 0.5)),
  othersP99Ms: Math.round(quantile(latencies, 0.99)),
  othersMaxMs: Math.round(latencies.at(-1) ?? NaN),
  othersGaveUp: gaveUp,
  /** Taps made while the flood was on (or up to 2 s after). */
  othersDuringFlood: { replies: duringFlood.length, p50Ms: Math.round(quantile(duringFlood, 0.5)), p99Ms: Math.round(quantile(duringFlood, 0.99)) },
  joined,
  flooder: {
    answered: flooderMessages.length - notices,
    notices,
    dropped: turns.dropped(),
    /** The most of the flooder's updates waiting or in progress at once (the in-memory backlog). */
    peakPendingUpdates: peakFlooderPending,
    pendingAfter: turns.pending(String(FLOODER)),
    sessionBytes: await stateBytes(SessionModel),
    conversationBytes: await stateBytes(ConversationStateModel),
  },
  heldChatsAfter: floodGate.heldChats(),
  tooManyRequests: counters.tooManyRequests,
  callsPerMethod: counters.callsPerMethod,
  retryAfterIgnored: counters.retryAfterIgnored,
  peakRssMb: peakRssMb(),
  errors: errors.length,
};

function i18nNotice() {
  return 'Вы пишете быстрее, чем я успеваю отвечать. Я отвечу на первые сообщения, остальные пропущу. Подождите ответа, пожалуйста.';
}

console.log(`flood: ${FLOOD_MESSAGES} messages from one person in ${result.floodSeconds} s while ${CITIZENS} citizens joined (think time ${THINK_MS} ms ±50%), on ${db.engine}, ${POLLING} polling`);
console.log(`  others: ${latencies.length} replies, latency p50 ${result.othersP50Ms} ms, p99 ${result.othersP99Ms} ms, max ${result.othersMaxMs} ms; ${joined} joined, ${gaveUp} gave up after ${STEP_TIMEOUT_MS / 1000} s without an answer`);
console.log(`  of which ${duringFlood.length} tapped during the flood (or up to 2 s after): p50 ${result.othersDuringFlood.p50Ms} ms, p99 ${result.othersDuringFlood.p99Ms} ms`);
console.log(`  flooder: ${result.flooder.answered} answered, ${notices} notice(s), ${result.flooder.dropped} dropped; backlog peak ${peakFlooderPending} updates; state ${result.flooder.sessionBytes} B session + ${result.flooder.conversationBytes} B conversation`);
console.log(`  429s ${counters.tooManyRequests}, calls inside a retry_after ${counters.retryAfterIgnored}; peak RSS ${result.peakRssMb} MB; ${errors.length} errors logged`);
if (errors.length > 0) console.error(errors.slice(0, 3).join('\n'));
await Promise.race([polling.stop(), sleep(5000)]); // builtin polling would first work through the flood
await emulator.close();
await db.close();
console.log(JSON.stringify(result));
process.exit(0);
