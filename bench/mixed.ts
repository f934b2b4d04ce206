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
import { batchProgress, enqueue, startSender } from '../src/outbox/index.js';
import { DeliveryModel, sentJournal } from '../src/outbox/model.js';
import { broadcastProgressTick, PROGRESS_EVERY_MS } from '../src/jobs/admin/broadcast-progress.js';
import { setUpBroadcastBench } from './lib/broadcast-setup.js';
import { peakRssMb, quantile } from './lib/database.js';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 5000);
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 300);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 50);
const FIRST_URGENT_ID = 4_000_000;

const setupStartedAt = Date.now();
const reminderIds = Array.from({ length: REMINDERS }, (_, i) => FIRST_URGENT_ID + i);
const offerIds = Array.from({ length: OFFERS }, (_, i) => FIRST_URGENT_ID + REMINDERS + i);
const { db, now, ids, emulator, config, errors, senderDeps, channel, broadcastId } = await setUpBroadcastBench({
  name: 'mixed', token: '123456:BENCH-mixed-token-abcdefghijklmnopqrs', firstId: 3_000_000, recipients: RECIPIENTS, others: [...reminderIds, ...offerIds],
});

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

/** BENCH_BY_COMMAND=1: database time per command and collection while sending. */
const byCommand = process.env.BENCH_BY_COMMAND ? db.timeByCommand() : undefined;
const sender = startSender(senderDeps, {
  ...(process.env.BENCH_LOOKAHEAD_MS ? { lookaheadMs: Number(process.env.BENCH_LOOKAHEAD_MS) } : {}),
  ...(process.env.BENCH_BURST ? { burst: Number(process.env.BENCH_BURST) } : {}),
});
const urgentIds = [...reminderIds, ...offerIds];
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
  const finished = await broadcastProgressTick(channel, broadcastId, now());
  const perChat = emulator.state.counters.snapshot().deliveredPerChat;
  if (finished && urgentIds.every((id) => (perChat[String(id)]?.length ?? 0) > 0)) break;
  if (Date.now() - startedAt > expectedSeconds * 3000) break;
}
await sender.stop();
offerTimers.forEach(clearTimeout);

const counters = emulator.state.counters.snapshot();
const progress = await batchProgress(broadcastId);
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
// Where the time beyond (broadcast + urgent) / rate went: pauses between two messages longer than three send intervals.
const allArrivals = Object.values(counters.deliveredPerChat).flat().filter((at) => at >= startedAt).sort((x, y) => x - y);
const pauses = allArrivals.slice(1).map((at, i) => at - allArrivals[i]!).filter((gap) => gap > 3000 / config.SEND_RATE_PER_SECOND);
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
  /** Pauses longer than three send intervals: how many, their seconds in all, the longest (the 429s' retry_after among them). */
  pauses: { count: pauses.length, seconds: round(pauses.reduce((x, y) => x + y, 0) / 1000, 1), longestMs: Math.max(0, ...pauses) },
  peakRssMb: peakRssMb(),
  errors: errors.length,
};
console.log(`broadcast to ${RECIPIENTS} on ${db.engine}: ${result.broadcastMessagesPerSecond} msg/s over ${result.broadcastSendSeconds} s (all messages ${result.allMessagesPerSecond}/s)`);
console.log(`urgent (${REMINDERS} reminders, ${OFFERS} offers) lateness: p50 ${result.urgentLatenessP50S} s, p99 ${result.urgentLatenessP99S} s, max ${result.urgentLatenessMaxS} s`);
console.log(`duplicates ${duplicates}, unaccounted ${result.unaccounted}; 429s ${result.emulator429s} (sent too early: ${result.retryAfterIgnored}); errors ${errors.length}`);
if (errors.length > 0) console.log(errors.slice(0, 3).join('\n'));
byCommand?.print();
// BENCH_DUMP=<file>: every arrival (emulator ms), the urgent items' due and arrival times, the last arrivals and the
// sender's report, for a look at where the pauses are (that is how a 25 s crawl after the first batches was found).
if (process.env.BENCH_DUMP) {
  const tail = Object.entries(counters.deliveredPerChat).flatMap(([chat, times]) => times.map((at) => [Number(chat), at - startedAt] as const));
  const dump = { startedAt, all: allArrivals, urgent: urgentIds.map((id) => [id, dueAt.get(id), arrivals(id)[0]]), tail: tail.sort((x, y) => x[1] - y[1]).slice(-12), sender: sender.report };
  (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, JSON.stringify(dump));
}
await emulator.close();
await db.close();
console.log(JSON.stringify(result));
process.exit(0);
