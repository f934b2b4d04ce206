/**
 * npm run bench:broadcast: one broadcast to 5,000 waiting citizens through the
 * real outbox sender (src/outbox), against the local Bot API emulator with
 * Telegram's limits (30 msg/s overall, ~1/s per chat), 1% of recipients
 * blocked and injected 429s. Two workers start at once (the lease lets one
 * send), at the production SEND_RATE_PER_SECOND. Goal ≥ 29.5 msg/s (the emulator allows 30),
 * zero duplicates, no send inside a retry_after, delivered + blocked + failed = 5000.
 * One JSON object on the last line.
 */
import { batchProgress, startSender, type SenderReport } from '../src/outbox/index.js';
import { broadcastProgressTick, PROGRESS_EVERY_MS } from '../src/jobs/admin/broadcast-progress.js';
import { AUTHOR, setUpBroadcastBench } from './lib/broadcast-setup.js';
import { peakRssMb } from './lib/database.js';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 5000);

const setupStartedAt = Date.now();
const { db, now, emulator, config, errors, senderDeps, channel, broadcastId } = await setUpBroadcastBench({
  name: 'broadcast', token: '123456:BENCH-broadcast-token-abcdefghijklmnop', firstId: 2_000_000, recipients: RECIPIENTS,
});
const RATE = config.SEND_RATE_PER_SECOND;
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
  if (await broadcastProgressTick(channel, broadcastId, now())) break;
}
const reportSeconds = (Date.now() - startedAt) / 1000;
await Promise.all(workers.map((w) => w.stop()));
const [a, b] = workers.map((w) => w.report) as [SenderReport, SenderReport];

const counters = await emulator.client.counters();
const progress = await batchProgress(broadcastId);
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
