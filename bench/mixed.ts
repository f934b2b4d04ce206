/**
 * npm run bench:mixed: a 5,000-recipient broadcast (1% blocked, a 429 injected
 * every 700th call) through the real outbox sender to the local Bot API
 * emulator with Telegram's limits, while 300 class reminders and 50 seat
 * offers fall due at random moments during it. The reminders are enqueued at the
 * start with their due time (as the reminders job does, ahead); each offer is
 * enqueued at its moment (a seat freed). Reports the broadcast's rate and the
 * urgent messages' lateness (arrival at the emulator minus due time).
 * Goals: broadcast ≥ 27 msg/s, urgent lateness p99 ≤ 5 s, 0 duplicates, 0 unaccounted.
 * One JSON object on the last line.
 */
import pino from 'pino';
import { Types } from 'mongoose';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { createI18n } from '../src/bot/i18n.js';
import { FloodGate } from '../src/bot/flood-gate.js';
import { createTelegramNotifier } from '../src/bot/notifier.js';
import { loadConfig } from '../src/config.js';
import { CitizenModel } from '../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { SAMPLE_CENTERS } from '../src/db/seed-data.js';
import { createBroadcast } from '../src/domain/broadcast.js';
import { batchProgress, enqueue, startSender } from '../src/outbox/index.js';
import { DeliveryModel, sentJournal } from '../src/outbox/model.js';
import { broadcastProgressTick, PROGRESS_EVERY_MS } from '../src/jobs/admin/broadcast-progress.js';
import { telegramProgressChannel } from '../src/jobs/admin/index.js';
import { startEmulator } from '../src/simulator/index.js';
import { openBenchDatabase, peakRssMb, quantile } from './lib/database.js';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 5000);
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 300);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 50);
const INJECT_429_EVERY = 700;
const AUTHOR = 900;
const FIRST_ID = 3_000_000;
const FIRST_URGENT_ID = 4_000_000;
const TOKEN = '123456:BENCH-mixed-token-abcdefghijklmnopqrs';

const setupStartedAt = Date.now();
const db = await openBenchDatabase('mixed');
await seedSampleData();
const now = () => new Date();
const ids = Array.from({ length: RECIPIENTS }, (_, i) => FIRST_ID + i);
const blocked = ids.filter((_, i) => i % 100 === 37); // 1%
const reminderIds = Array.from({ length: REMINDERS }, (_, i) => FIRST_URGENT_ID + i);
const offerIds = Array.from({ length: OFFERS }, (_, i) => FIRST_URGENT_ID + REMINDERS + i);
const citizen = (id: number) => ({ _id: id as never, language: 'ru', name: `Участник ${id}`, consent: { version: 'bench', givenAt: now() }, reachable: true });
await CitizenModel.collection.insertMany([...ids, ...reminderIds, ...offerIds].map(citizen));
await WaitlistEntryModel.collection.insertMany(
  ids.map((id, i) => ({
    _id: new Types.ObjectId(), citizenId: id, courseId: 'basics', centerId: SAMPLE_CENTERS[i % SAMPLE_CENTERS.length]!._id,
    timeOfDay: 'any', status: 'waiting', activeKey: `${id}:basics`, joinedAt: now(), createdAt: now(), updatedAt: now(),
  })),
);

const emulator = await startEmulator({ faults: { blockedUserIds: blocked, inject429Every: INJECT_429_EVERY, injectedRetryAfter: 1 } });
for (const id of [AUTHOR, ...ids, ...reminderIds, ...offerIds]) emulator.state.addUser({ id, first_name: `U${id}` }).started = true;

const config = loadConfig({
  BOT_TOKEN: TOKEN, MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent', ADMIN_IDS: String(AUTHOR), TELEGRAM_API_ROOT: emulator.apiRoot,
  ...(process.env.BENCH_RATE ? { SEND_RATE_PER_SECOND: process.env.BENCH_RATE } : {}),
});
const errors: string[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
const i18n = createI18n(config.DEFAULT_LOCALE);
const floodGate = new FloodGate();
const notifier = createTelegramNotifier(config, i18n, { floodGate });
const deps: BotDeps = { config, logger, now, jobs: { followBroadcast: () => Promise.resolve() } };
const { bot } = createBot(deps, { floodGate, i18n });
const channel = telegramProgressChannel(bot.api, i18n);

const progressMessage = await bot.api.sendMessage(AUTHOR, i18n.t('ru', 'adm-bc-progress-start'));
const created = await createBroadcast(
  {
    authorId: AUTHOR, authorLocale: 'ru', role: { kind: 'coordinator' }, audience: { kind: 'all-waiting' }, text: 'Библиотеки работают в праздники по обычному графику.',
    progress: { chatId: AUTHOR, messageId: progressMessage.message_id },
  },
  now(),
);
if (!created.ok) throw new Error(`broadcast not created: ${created.reason}`);

// The broadcast alone takes about RECIPIENTS / 30 s: the urgent ones fall due in the middle 80% of it.
const expectedSeconds = RECIPIENTS / config.SEND_RATE_PER_SECOND;
const startedAt = Date.now() + 2000;
const randomMoment = () => startedAt + (0.1 + 0.8 * Math.random()) * expectedSeconds * 1000;
const dueAt = new Map<number, number>();
for (const id of reminderIds) dueAt.set(id, randomMoment());
await enqueue(
  reminderIds.map((id) => ({ key: `rem:bench:${id}`, citizenId: id, priority: 'reminder' as const, message: { text: { key: 'btn-yes' } }, notBefore: new Date(dueAt.get(id)!) })),
  now(),
);
const offerTimers = offerIds.map((id) => {
  const at = randomMoment();
  dueAt.set(id, at);
  return setTimeout(() => {
    void enqueue([{ key: `offer:bench:${id}`, citizenId: id, priority: 'personal', message: { text: { key: 'btn-yes' } } }], new Date()).catch((error: unknown) => errors.push(String(error)));
  }, at - Date.now());
});
console.log(`setup: ${RECIPIENTS} waiting, ${REMINDERS} reminders and ${OFFERS} offers due during it; ${((Date.now() - setupStartedAt) / 1000).toFixed(1)} s`);
while (Date.now() < startedAt) await new Promise((resolve) => setTimeout(resolve, 10));
await emulator.client.resetCounters();

const sender = startSender(
  { notifier, logger, now, ratePerSecond: config.SEND_RATE_PER_SECOND, adminIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE },
  {
    ...(process.env.BENCH_LOOKAHEAD_MS ? { lookaheadMs: Number(process.env.BENCH_LOOKAHEAD_MS) } : {}),
    ...(process.env.BENCH_BURST ? { burst: Number(process.env.BENCH_BURST) } : {}),
  },
);
const urgentIds = [...reminderIds, ...offerIds];
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
  const finished = await broadcastProgressTick(channel, created.id, now());
  const perChat = emulator.state.counters.snapshot().deliveredPerChat;
  if (finished && urgentIds.every((id) => (perChat[String(id)]?.length ?? 0) > 0)) break;
  if (Date.now() - startedAt > expectedSeconds * 3000) break;
}
await sender.stop();
offerTimers.forEach(clearTimeout);

const counters = emulator.state.counters.snapshot();
const progress = await batchProgress(created.id);
const arrivals = (id: number) => counters.deliveredPerChat[String(id)] ?? [];
const broadcastArrivals = ids.flatMap(arrivals);
const lastBroadcast = Math.max(...broadcastArrivals);
const broadcastSeconds = (lastBroadcast - startedAt) / 1000;
const attempted = progress.delivered + progress.blocked;
const lateness = urgentIds.map((id) => ((arrivals(id)[0] ?? Infinity) - dueAt.get(id)!) / 1000).sort((a, b) => a - b);
const lateOf = (group: number[]) => group.map((id) => ((arrivals(id)[0] ?? Infinity) - dueAt.get(id)!) / 1000).sort((a, b) => a - b);
const duplicates = [...ids, ...urgentIds].reduce((n, id) => n + Math.max(0, arrivals(id).length - 1), 0);
// Settled: in the send journal (not yet caught up) or finished in the ledger.
const journalled = new Set((await sentJournal().find({}, { projection: { _id: 1 } }).toArray()).map((j) => String(j._id)));
const urgentRows = await DeliveryModel.find({ citizenId: { $in: urgentIds } }, { status: 1 }).lean();
const urgentUnaccounted = urgentIds.length - urgentRows.filter((r) => r.status !== 'pending' || journalled.has(String(r._id))).length;
const broadcastUnaccounted = progress.total - (progress.delivered + progress.blocked + progress.failed + progress.skipped);
const round = (x: number, digits = 2) => (Number.isFinite(x) ? +x.toFixed(digits) : x);

const result = {
  bench: 'mixed',
  engine: db.engine,
  recipients: RECIPIENTS,
  reminders: REMINDERS,
  offers: OFFERS,
  senderRatePerSecond: config.SEND_RATE_PER_SECOND,
  broadcastSendSeconds: round(broadcastSeconds, 1),
  broadcastMessagesPerSecond: round(attempted / broadcastSeconds, 1),
  /** All messages the emulator took (broadcast and urgent) per second of the broadcast. */
  allMessagesPerSecond: round((attempted + urgentIds.length) / broadcastSeconds, 1),
  urgentLatenessP50S: round(quantile(lateness, 0.5)),
  urgentLatenessP99S: round(quantile(lateness, 0.99)),
  urgentLatenessMaxS: round(lateness.at(-1) ?? NaN),
  reminderLatenessP99S: round(quantile(lateOf(reminderIds), 0.99)),
  offerLatenessP99S: round(quantile(lateOf(offerIds), 0.99)),
  duplicates,
  unaccounted: broadcastUnaccounted + urgentUnaccounted,
  delivered: progress.delivered,
  blocked: progress.blocked,
  failed: progress.failed,
  emulator429s: counters.tooManyRequests,
  retryAfterIgnored: counters.retryAfterIgnored,
  senderPaused429: sender.report.rateLimited,
  senderRestarts: sender.report.restarts,
  peakRssMb: peakRssMb(),
  errors: errors.length,
};
console.log(`broadcast to ${RECIPIENTS} on ${db.engine}: ${result.broadcastMessagesPerSecond} msg/s over ${result.broadcastSendSeconds} s (all messages ${result.allMessagesPerSecond}/s)`);
console.log(`urgent (${REMINDERS} reminders, ${OFFERS} offers) lateness: p50 ${result.urgentLatenessP50S} s, p99 ${result.urgentLatenessP99S} s, max ${result.urgentLatenessMaxS} s`);
console.log(`duplicates ${duplicates}, unaccounted ${result.unaccounted}; 429s ${result.emulator429s} (sent too early: ${result.retryAfterIgnored}); errors ${errors.length}`);
if (errors.length > 0) console.log(errors.slice(0, 3).join('\n'));
await emulator.close();
await db.close();
console.log(JSON.stringify(result));
process.exit(0);
