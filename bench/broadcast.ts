/**
 * npm run bench:broadcast: one broadcast to 5,000 waiting citizens through the
 * real outbox sender (src/outbox), against the local Bot API emulator with
 * Telegram's limits (30 msg/s overall, ~1/s per chat), 1% of recipients
 * blocked and injected 429s. Two workers start at once (the lease lets one
 * send), at the production SEND_RATE_PER_SECOND. Goal ≥ 29.5 msg/s (the emulator allows 30),
 * zero duplicates, no send inside a retry_after, delivered + blocked + failed = 5000.
 * One JSON object on the last line.
 */
import pino from 'pino';
import { Types } from 'mongoose';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { loadConfig } from '../src/config.js';
import { CitizenModel } from '../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { SAMPLE_CENTERS } from '../src/db/seed-data.js';
import { createBroadcast } from '../src/domain/broadcast.js';
import { batchProgress, startSender, type SenderReport } from '../src/outbox/index.js';
import { createI18n } from '../src/bot/i18n.js';
import { FloodGate } from '../src/bot/flood-gate.js';
import { createTelegramNotifier } from '../src/bot/notifier.js';
import { broadcastProgressTick, PROGRESS_EVERY_MS } from '../src/jobs/admin/broadcast-progress.js';
import { telegramProgressChannel } from '../src/jobs/admin/index.js';
import { startEmulator } from '../src/simulator/index.js';
import { openBenchDatabase, peakRssMb } from './lib/database.js';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 5000);
const INJECT_429_EVERY = 700;
const AUTHOR = 900;
const FIRST_ID = 2_000_000;
const TOKEN = '123456:BENCH-broadcast-token-abcdefghijklmnop';

const setupStartedAt = Date.now();
const db = await openBenchDatabase('broadcast');
await seedSampleData();
const now = () => new Date();
const ids = Array.from({ length: RECIPIENTS }, (_, i) => FIRST_ID + i);
const blocked = ids.filter((_, i) => i % 100 === 37); // 1%
await CitizenModel.collection.insertMany(
  ids.map((id) => ({ _id: id as never, language: 'ru', name: `Участник ${id}`, consent: { version: 'bench', givenAt: now() }, reachable: true })),
);
await WaitlistEntryModel.collection.insertMany(
  ids.map((id, i) => ({
    _id: new Types.ObjectId(), citizenId: id, courseId: 'basics', centerId: SAMPLE_CENTERS[i % SAMPLE_CENTERS.length]!._id,
    timeOfDay: 'any', status: 'waiting', activeKey: `${id}:basics`, joinedAt: now(), createdAt: now(), updatedAt: now(),
  })),
);

const emulator = await startEmulator({ faults: { blockedUserIds: blocked, inject429Every: INJECT_429_EVERY, injectedRetryAfter: 1 } });
// Every recipient pressed Start once (a bot cannot write first).
for (const id of [AUTHOR, ...ids]) emulator.state.addUser({ id, first_name: `U${id}` }).started = true;

const config = loadConfig({
  BOT_TOKEN: TOKEN, MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent', ADMIN_IDS: String(AUTHOR),
  TELEGRAM_API_ROOT: emulator.apiRoot,
  // The production default unless BENCH_RATE says otherwise.
  ...(process.env.BENCH_RATE ? { SEND_RATE_PER_SECOND: process.env.BENCH_RATE } : {}),
});
const RATE = config.SEND_RATE_PER_SECOND;
const errors: string[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
// Built as main.ts builds them: translations and the flood gate shared by the notifier and the bot.
const i18n = createI18n(config.DEFAULT_LOCALE);
const floodGate = new FloodGate();
const notifier = createTelegramNotifier(config, i18n, { floodGate });
const deps: BotDeps = { config, logger, now, jobs: { followBroadcast: () => Promise.resolve() } };
const { bot } = createBot(deps, { floodGate, i18n });
const senderDeps = { notifier, logger, now, ratePerSecond: RATE, adminIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE };
const channel = telegramProgressChannel(bot.api, i18n);

// The author's progress message, as the conversation sends it on Confirm.
const progressMessage = await bot.api.sendMessage(AUTHOR, i18n.t('ru', 'adm-bc-progress-start'));
const created = await createBroadcast(
  {
    authorId: AUTHOR, authorLocale: 'ru', role: { kind: 'coordinator' }, audience: { kind: 'all-waiting' }, text: 'Библиотеки работают в праздники по обычному графику.',
    progress: { chatId: AUTHOR, messageId: progressMessage.message_id },
  },
  now(),
);
if (!created.ok) throw new Error(`broadcast not created: ${created.reason}`);
console.log(`setup: ${RECIPIENTS} citizens waiting, broadcast created; ${((Date.now() - setupStartedAt) / 1000).toFixed(1)} s`);
await emulator.client.resetCounters();
/** BENCH_BY_COMMAND=1: database time per command and collection while sending. */
const byCommand = process.env.BENCH_BY_COMMAND ? db.timeByCommand() : undefined;

// Two bot processes' senders start at once (the lease lets one send); the Agenda job's work,
// one tick every few seconds, edits the progress message and sends the final report when nothing is left.
const startedAt = Date.now();
/** BENCH_BURST: the sender's burst instead of its default. */
const burst = {
  ...(process.env.BENCH_BURST ? { burst: Number(process.env.BENCH_BURST) } : {}),
  /** BENCH_BATCH: items per read instead of the default. */
  ...(process.env.BENCH_BATCH ? { batchSize: Number(process.env.BENCH_BATCH) } : {}),
};
const workers = [startSender(senderDeps, { workerId: 'bench-a', ...burst }), startSender(senderDeps, { workerId: 'bench-b', ...burst })];
let ticks = 0;
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
  ticks++;
  if (await broadcastProgressTick(channel, created.id, now())) break;
}
const reportSeconds = (Date.now() - startedAt) / 1000;
await Promise.all(workers.map((w) => w.stop()));
const [a, b] = workers.map((w) => w.report) as [SenderReport, SenderReport];

const counters = await emulator.client.counters();
const progress = await batchProgress(created.id);
const perChat = Object.entries(counters.deliveredPerChat).filter(([chat]) => Number(chat) !== AUTHOR);
const duplicates = perChat.filter(([, times]) => times.length > 1).length;
const attempted = a.delivered + b.delivered + a.blocked + b.blocked;
// The rate is over the sending itself (start to the last message the emulator took); the ledger's catch-up after it is reported apart.
const lastDelivery = Math.max(...perChat.map(([, times]) => times.at(-1) ?? 0));
const sendSeconds = (lastDelivery - startedAt) / 1000;
// Where the time beyond 5000 / rate went: pauses between two messages longer than three send intervals.
const arrivals = perChat.flatMap(([, times]) => times).sort((x, y) => x - y);
const pauses = arrivals.slice(1).map((at, i) => at - arrivals[i]!).filter((gap) => gap > 3000 / RATE);
const result = {
  bench: 'broadcast',
  engine: db.engine,
  recipients: RECIPIENTS,
  senderRatePerSecond: RATE,
  sendSeconds: +sendSeconds.toFixed(1),
  messagesPerSecond: +(attempted / sendSeconds).toFixed(1),
  deliveredPerSecond: +((a.delivered + b.delivered) / sendSeconds).toFixed(1),
  /** From the start until the final report was sent to the author. */
  reportSeconds: +reportSeconds.toFixed(1),
  delivered: progress.delivered,
  blocked: progress.blocked,
  failed: progress.failed,
  skipped: progress.skipped,
  pending: progress.pending,
  accountedFor: progress.delivered + progress.blocked + progress.failed + progress.skipped,
  duplicates,
  emulator429s: counters.tooManyRequests,
  /** Sends the emulator saw before a retry_after it gave had passed: 0 means every 429 was honoured. */
  retryAfterIgnored: counters.retryAfterIgnored,
  emulator403s: counters.forbidden,
  workerPaused429: a.rateLimited + b.rateLimited,
  /** Pauses longer than three send intervals: how many, and their seconds in all (the 429s' retry_after among them). */
  pauses: { count: pauses.length, seconds: +(pauses.reduce((x, y) => x + y, 0) / 1000).toFixed(1), longestMs: Math.max(0, ...pauses) },
  /** Messages sent by each of the two senders (one holds the lease). */
  sentPerWorker: [a, b].map((r) => r.delivered + r.blocked),
  progressTicks: ticks,
  progressEdits: counters.callsPerMethod.editMessageText ?? 0,
  peakRssMb: peakRssMb(),
  errors: errors.length,
};
console.log(`broadcast to ${RECIPIENTS} on ${db.engine}: sent in ${result.sendSeconds} s, ${result.messagesPerSecond} msg/s (${result.deliveredPerSecond} delivered/s); final report after ${result.reportSeconds} s`);
console.log(`  delivered ${result.delivered}, blocked ${result.blocked}, failed ${result.failed}, skipped ${result.skipped}; duplicates ${duplicates}; 429s ${result.emulator429s} (sent too early: ${result.retryAfterIgnored})`);
byCommand?.print();
await emulator.close();
await db.close();
console.log(JSON.stringify(result));
process.exit(0);
