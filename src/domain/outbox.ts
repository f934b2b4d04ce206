import { EventEmitter } from 'node:events';
import { batchCounters, DeliveryModel, sentJournal, type BatchCounters, type DeliveryStatus, type FinishedStatus } from '../db/models/delivery.js';
import type { OutgoingMessage } from '../notify/notifier.js';

/**
 * One message to one citizen, sent later by the delivery worker
 * (src/jobs/reminders/delivery-worker.ts) in the citizen's current language.
 */
export interface OutboxItem {
  /** Unique per message: a repeated key is ignored. E.g. `bc:<broadcastId>:<citizenId>`. */
  key: string;
  citizenId: number;
  message: OutgoingMessage;
  /** Groups items for batchProgress (a broadcast id, say). */
  batchId?: string;
  /** Not sent before this instant; default: now. */
  notBefore?: Date;
}

export interface BatchProgress {
  total: number;
  /** Not yet finished (pending or being sent). */
  pending: number;
  delivered: number;
  blocked: number;
  failed: number;
  /** The citizen was already unreachable or forgot us: nothing was sent. */
  skipped: number;
}

const CHUNK = 1000;

/** 'enqueued': something was added to the outbox in this process (wakes its delivery worker). */
export const outboxEvents = new EventEmitter();

/**
 * Adds messages to the outbox. Keys already present are ignored, so calling it
 * twice (a job re-run, a double tap) sends each message once.
 *
 * @example
 * await enqueue([{ key: `bc:${id}:${citizenId}`, citizenId, message: { text: { raw: 'Hello' } }, batchId: id }], now);
 */
export async function enqueue(items: OutboxItem[], now: Date): Promise<{ added: number }> {
  let added = 0;
  for (let i = 0; i < items.length; i += CHUNK) {
    const docs = items.slice(i, i + CHUNK).map((item) => ({
      key: item.key,
      citizenId: item.citizenId,
      message: JSON.stringify(item.message),
      ...(item.batchId ? { batchId: item.batchId } : {}),
      status: 'pending' as const,
      attempts: 0,
      // Never in the past: the sender reads due items in (notBefore, _id) order past the last one it took.
      notBefore: item.notBefore && item.notBefore > now ? item.notBefore : now,
      createdAt: now,
    }));
    // Skip keys already there: on FerretDB a refused duplicate insert is far slower than one read (a job re-run re-sends them all).
    const existing = new Set(
      (await DeliveryModel.find({ key: { $in: docs.map((d) => d.key) } }, { key: 1, _id: 0 }).lean()).map((d) => d.key),
    );
    const fresh = docs.filter((d) => !existing.has(d.key));
    if (fresh.length === 0) continue;
    const inserted = await insertIgnoringDuplicates(fresh);
    added += inserted;
    // A duplicate means a concurrent enqueue added (and counted) it; then whose is unknown: the ledger check corrects the total.
    if (inserted === fresh.length) await countInBatches(totalsPerBatch(fresh), now);
  }
  if (added > 0) outboxEvents.emit('enqueued');
  return { added };
}

export type BatchCounts = Partial<Record<'total' | FinishedStatus, number>>;

function totalsPerBatch(docs: Array<{ batchId?: string }>): Map<string, BatchCounts> {
  const totals = new Map<string, BatchCounts>();
  for (const { batchId } of docs) if (batchId) totals.set(batchId, { total: (totals.get(batchId)?.total ?? 0) + 1 });
  return totals;
}

/** Adds to the batches' counters (the delivery worker, after sending; enqueue, the total). */
export async function countInBatches(counts: Map<string, BatchCounts>, now: Date): Promise<void> {
  for (const [batchId, inc] of counts) {
    await batchCounters().updateOne({ _id: batchId }, { $inc: inc, $set: { countedAt: now } }, { upsert: true });
  }
}

async function insertIgnoringDuplicates(docs: object[]): Promise<number> {
  try {
    const result = await DeliveryModel.collection.insertMany(docs, { ordered: false });
    return result.insertedCount;
  } catch (error) {
    const bulk = error as { code?: number; insertedCount?: number; writeErrors?: Array<{ code?: number }> | { code?: number } };
    const writeErrors = Array.isArray(bulk.writeErrors) ? bulk.writeErrors : bulk.writeErrors ? [bulk.writeErrors] : [];
    const onlyDuplicates = writeErrors.length > 0 ? writeErrors.every((e) => e.code === 11000) : bulk.code === 11000;
    if (!onlyDuplicates) throw error;
    return bulk.insertedCount ?? docs.length - writeErrors.length;
  }
}

/**
 * How far a batch (e.g. a broadcast) has got, exactly (it reads all its rows).
 * A message in the send journal counts as settled even before the ledger has
 * caught up with it, so the final report does not wait for the catch-up.
 */
export async function batchProgress(batchId: string): Promise<BatchProgress> {
  // The journal first: the ledger catch-up writes the ledger before it deletes the journal row, so every settled item is seen in one or the other.
  const journal = await sentJournal().find({}, { projection: { _id: 1, status: 1 } }).toArray();
  const rows = await DeliveryModel.find({ batchId }, { status: 1 }).lean();
  const journalled = new Map(journal.map((j): [string, DeliveryStatus] => [String(j._id), j.status ?? 'delivered']));
  const progress: BatchProgress = { total: rows.length, pending: 0, delivered: 0, blocked: 0, failed: 0, skipped: 0 };
  for (const row of rows) {
    const status: DeliveryStatus = journalled.get(String(row._id)) ?? row.status;
    if (status === 'pending' || status === 'sending') progress.pending++;
    else progress[status]++;
  }
  return progress;
}

/** Counters not added to for this long are checked against the ledger (at most this often). */
const QUIET_MS = 30_000;

/**
 * Progress of a batch being sent, cheaply: from its counters, checked against
 * the ledger (batchProgress) when they say it is finished, or when nothing was
 * counted for a while (a crash can lose a second of counts). So the final
 * report is exact, and is not held up for long if a crash lost a few counts.
 */
export async function runningBatchProgress(batchId: string, now: Date): Promise<BatchProgress> {
  const counters = await batchCounters().findOne({ _id: batchId });
  const counted = counters && fromCounters(counters);
  const longAgo = (at: Date | undefined) => !at || now.getTime() - at.getTime() >= QUIET_MS;
  if (counted && counted.pending > 0 && !(longAgo(counters.countedAt) && longAgo(counters.checkedAt))) return counted;
  const exact = await batchProgress(batchId);
  await batchCounters().updateOne({ _id: batchId }, { $set: { checkedAt: now } }, { upsert: true });
  return !counted || exact.pending === 0 || counted.pending <= 0 ? exact : counted;
}

function fromCounters(c: BatchCounters): BatchProgress {
  const progress = { total: c.total ?? 0, delivered: c.delivered ?? 0, blocked: c.blocked ?? 0, failed: c.failed ?? 0, skipped: c.skipped ?? 0 };
  return { ...progress, pending: progress.total - progress.delivered - progress.blocked - progress.failed - progress.skipped };
}

/** Parses a stored message back (the worker and tests use it). */
export function parseMessage(json: string): OutgoingMessage {
  return JSON.parse(json) as OutgoingMessage;
}
