/**
 * npm run bench:reminders: 2,000 lesson reminders due in the same minute, sent
 * through the real outbox sender (src/outbox) to the Telegram Bot API emulator
 * (30 messages/s overall, ~1/s per chat, 429 with retry_after beyond that),
 * then a trickle of reminders due one by one to measure lateness.
 * Goal: the bunch delivered within 1.1 × 2000 / 30 s of its due time, no
 * duplicates, every 429 honoured; trickle lateness p99 ≤ 5 s.
 * Prints figures, then one JSON object on the last line.
 */
import mongoose from 'mongoose';
import pino from 'pino';
import { createI18n } from '../src/bot/i18n.js';
import { loadConfig } from '../src/config.js';
import { CenterModel } from '../src/db/models/center.js';
import { CitizenModel } from '../src/db/models/citizen.js';
import { DeliveryModel } from '../src/outbox/model.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { createGroup } from '../src/domain/classes.js';
import { enqueueDueReminders, reminderSettings } from '../src/domain/reminders.js';
import { startSender, type SenderDeps } from '../src/outbox/index.js';
import { FloodGate } from '../src/bot/flood-gate.js';
import { createTelegramNotifier } from '../src/bot/notifier.js';
import { startEmulator } from '../src/simulator/index.js';
import { openBenchDatabase, peakRssMb, quantile } from './lib/database.js';

const BUNCH = Number(process.env.BENCH_BUNCH ?? 2000);
const TRICKLE = Number(process.env.BENCH_TRICKLE ?? 60);
const TRICKLE_GAP_MS = Number(process.env.BENCH_TRICKLE_GAP_MS ?? 1500);
const GROUP_SIZE = 100;
const HOURS_BEFORE = 2;
const token = '123456:BENCH-token-abcdefghijklmnopqrstuvwxyz';

const db = await openBenchDatabase('reminders');
const commandMs: number[] = [];
db.onCommandDone((ms) => void commandMs.push(ms));
const byCommand = new Map<string, { n: number; ms: number }>();
mongoose.connection.getClient().on('commandSucceeded', ({ commandName, duration }: { commandName: string; duration: number }) => {
  const entry = byCommand.get(commandName) ?? { n: 0, ms: 0 };
  entry.n++;
  entry.ms += duration;
  byCommand.set(commandName, entry);
});
await seedSampleData();
// The bench's center gets a time zone where it is about midday now, so lessons 2 h ahead fall on the same local
// day and only their hours-before reminder is due. With the real one (UTC+7), a run in the Kemerovo evening
// puts the lessons after local midnight: the day-before reminder falls due too, and the bunch doubles.
const middayOffset = 12 - new Date().getUTCHours();
await CenterModel.updateOne({ _id: 'novokuznetsk-central' }, { $set: { timeZone: `Etc/GMT${middayOffset > 0 ? '-' : '+'}${Math.abs(middayOffset)}` } });
const emu = await startEmulator();
const config = loadConfig({
  BOT_TOKEN: token,
  MONGODB_URI: 'mongodb://unused',
  TELEGRAM_API_ROOT: emu.apiRoot,
  ...(process.env.BENCH_RATE ? { SEND_RATE_PER_SECOND: process.env.BENCH_RATE } : {}),
  REMINDER_HOURS_BEFORE: String(HOURS_BEFORE),
  LOG_LEVEL: 'silent',
});
const errors: string[] = [];
const i18n = createI18n('ru');
const RATE = config.SEND_RATE_PER_SECOND;
const deps: SenderDeps = {
  logger: pino({ level: 'error' }, { write: (line: string) => void errors.push(line) }),
  now: () => new Date(),
  notifier: createTelegramNotifier(config, i18n, { floodGate: new FloodGate() }),
  ratePerSecond: RATE,
  adminIds: config.ADMIN_IDS,
  defaultLocale: config.DEFAULT_LOCALE,
};

// The bunch is due (2 h before its lessons) at T0; the trickle one by one after it.
const setupStart = Date.now();
const T0 = Date.now() + 30_000 + (BUNCH > 0 ? 15_000 : 0);
const trickleStart = T0 + Math.ceil((1.1 * BUNCH) / 30) * 1000 + 5_000;
const dueOf = new Map<number, number>();
let nextCitizen = 8_000_000;

async function groupDueAt(dueAt: number, size: number) {
  const groupId = await createGroup(
    900,
    { courseId: 'basics', centerId: 'novokuznetsk-central', room: 'Зал 1', capacity: size, lessonStarts: [new Date(dueAt + HOURS_BEFORE * 3600_000)], durationMinutes: 90 },
    new Date(),
  );
  const ids = Array.from({ length: size }, () => nextCitizen++);
  const now = new Date();
  const enrolledBefore = new Date(now.getTime() - 3 * 24 * 3600_000);
  await CitizenModel.insertMany(ids.map((id) => ({ _id: id, name: `U${id}`, language: id % 5 === 0 ? 'en' : 'ru', consent: { version: 'b', givenAt: now } })));
  await WaitlistEntryModel.insertMany(
    // Enrolled days ago: someone who took the seat within the hour before a reminder is not reminded (reminders.ts).
    ids.map((id) => ({ citizenId: id, courseId: 'basics', centerId: 'novokuznetsk-central', status: 'enrolled', groupId, joinedAt: enrolledBefore, enrolledAt: enrolledBefore, activeKey: `${id}:basics` })),
  );
  for (const id of ids) {
    emu.state.addUser({ id, first_name: `U${id}` }).started = true;
    dueOf.set(id, dueAt);
  }
}

for (let i = 0; i < BUNCH; i += GROUP_SIZE) await groupDueAt(T0 + ((i / GROUP_SIZE) % 60) * 100, Math.min(GROUP_SIZE, BUNCH - i));
for (let i = 0; i < TRICKLE; i++) await groupDueAt(trickleStart + i * TRICKLE_GAP_MS, 1);
console.log(`setup: ${BUNCH} bunched + ${TRICKLE} trickle participants in ${((Date.now() - setupStart) / 1000).toFixed(1)} s; bunch due in ${((T0 - Date.now()) / 1000).toFixed(1)} s`);

// The reminders job as in production: every minute (reminders are enqueued ten minutes ahead).
const settings = reminderSettings(config);
let enqueued = 0;
const enqueueMs: number[] = [];
const runJob = async () => {
  const started = performance.now();
  enqueued += (await enqueueDueReminders(settings, new Date())).added;
  enqueueMs.push(performance.now() - started);
};
await runJob();
const jobTimer = setInterval(() => void runJob(), 60_000);
const sendMs: number[] = [];
const realNotifier = deps.notifier;
const timedDeps: SenderDeps = { ...deps, notifier: {
  sendToCitizen: async (recipient, message) => {
    const started = performance.now();
    try {
      return await realNotifier.sendToCitizen(recipient, message);
    } finally {
      sendMs.push(performance.now() - started);
    }
  },
  holdMs: () => realNotifier.holdMs?.() ?? 0,
} };
commandMs.length = 0;
const worker = startSender(timedDeps);

const total = BUNCH + TRICKLE;
const deadline = trickleStart + TRICKLE * TRICKLE_GAP_MS + 120_000;
for (;;) {
  await new Promise((r) => setTimeout(r, 1000));
  // The emulator's counters are free to read; the database is asked only at the end (a count is a full scan on FerretDB).
  if (emu.state.counters.snapshot().totalDelivered >= total || Date.now() > deadline) {
    if ((await DeliveryModel.countDocuments({ status: 'pending' })) === 0 || Date.now() > deadline) break;
  }
}
clearInterval(jobTimer);
await worker.stop();

// Figures from the emulator's own record of what arrived when.
const counters = emu.state.counters.snapshot();
const bunchIds = [...dueOf.keys()].slice(0, BUNCH);
const trickleIds = [...dueOf.keys()].slice(BUNCH);
const arrivals = (id: number) => counters.deliveredPerChat[String(id)] ?? [];
// A participant may rightly get two reminders (the day-before one too, if the bench runs across local midnight).
const rows = new Map<number, number>();
for (const { citizenId } of await DeliveryModel.find({}, { citizenId: 1 }).lean()) if (citizenId != null) rows.set(citizenId, (rows.get(citizenId) ?? 0) + 1);
const duplicates = [...dueOf.keys()].reduce((n, id) => n + Math.max(0, arrivals(id).length - (rows.get(id) ?? 0)), 0);
const missing = [...dueOf.keys()].filter((id) => arrivals(id).length === 0).length;
const bunchLast = Math.max(...bunchIds.map((id) => arrivals(id).at(-1) ?? Infinity));
const bunchSeconds = BUNCH > 0 ? (bunchLast - T0) / 1000 : 0;
const bunchLimit = (1.1 * BUNCH) / 30;
const lateness = trickleIds.map((id) => ((arrivals(id).at(-1) ?? Infinity) - dueOf.get(id)!) / 1000).sort((a, b) => a - b);
const bunchLateness = bunchIds.map((id) => ((arrivals(id).at(-1) ?? Infinity) - dueOf.get(id)!) / 1000).sort((a, b) => a - b);
const report = worker.report;

const result = {
  engine: db.engine,
  bunch: BUNCH,
  trickle: TRICKLE,
  rate_per_s: RATE,
  enqueued,
  enqueue_job_ms_max: Math.round(Math.max(...enqueueMs)),
  bunch_all_delivered_s: Number(bunchSeconds.toFixed(1)),
  bunch_limit_s: Number(bunchLimit.toFixed(1)),
  bunch_within_limit: bunchSeconds <= bunchLimit,
  bunch_throughput_per_s: Number((BUNCH / Math.max(0.001, bunchSeconds)).toFixed(1)),
  bunch_lateness_p50_s: Number(quantile(bunchLateness, 0.5).toFixed(2)),
  trickle_lateness_p50_s: Number(quantile(lateness, 0.5).toFixed(2)),
  trickle_lateness_p99_s: Number(quantile(lateness, 0.99).toFixed(2)),
  trickle_lateness_max_s: Number((lateness.at(-1) ?? NaN).toFixed(2)),
  delivered: counters.totalDelivered,
  missing,
  duplicates,
  emulator_429: counters.tooManyRequests,
  worker_429_honoured: report.rateLimited,
  /** Sends the emulator saw before a retry_after it gave had passed: 0 means every 429 was honoured. */
  retry_after_ignored: counters.retryAfterIgnored,
  paused_s: report.pausedSeconds,
  failed: report.failed,
  send_ms_p50: Number(quantile([...sendMs].sort((a, b) => a - b), 0.5).toFixed(1)),
  db_command_ms_p50: Number(quantile([...commandMs].sort((a, b) => a - b), 0.5).toFixed(1)),
  db_command_ms_p99: Number(quantile([...commandMs].sort((a, b) => a - b), 0.99).toFixed(1)),
  errors: errors.length,
  peak_rss_mb: peakRssMb(),
};
console.log(`bunch: ${BUNCH} delivered ${bunchSeconds.toFixed(1)} s after due (limit ${bunchLimit.toFixed(1)} s), ${result.bunch_throughput_per_s}/s`);
console.log(`trickle lateness: p50 ${result.trickle_lateness_p50_s} s, p99 ${result.trickle_lateness_p99_s} s, max ${result.trickle_lateness_max_s} s`);
console.log(`database: ${[...byCommand].map(([name, e]) => `${name} ×${e.n} avg ${(e.ms / e.n).toFixed(1)} ms`).join(', ')}`);
console.log(`duplicates ${duplicates}, missing ${missing}, 429s ${counters.tooManyRequests} (worker honoured ${report.rateLimited}, paused ${report.pausedSeconds} s; sent too early ${counters.retryAfterIgnored}), failed ${report.failed}`);
await emu.close();
await db.close();
console.log(JSON.stringify(result));
process.exit(0);
