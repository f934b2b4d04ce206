import { DeliveryModel, sentJournal, type DeliveryStatus } from '../db/models/delivery.js';
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
    if (fresh.length > 0) added += await insertIgnoringDuplicates(fresh);
  }
  return { added };
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
 * How far a batch (e.g. a broadcast) has got. A message in the send journal
 * counts as delivered even before the ledger has caught up with it, so the
 * final report does not wait for the catch-up.
 */
export async function batchProgress(batchId: string): Promise<BatchProgress> {
  const rows = await DeliveryModel.find({ batchId }, { status: 1 }).lean();
  const unsettled = rows.some((r) => r.status === 'pending' || r.status === 'sending');
  const journalled = unsettled ? new Set((await sentJournal().find({}, { projection: { _id: 1 } }).toArray()).map((j) => String(j._id))) : new Set();
  const progress: BatchProgress = { total: rows.length, pending: 0, delivered: 0, blocked: 0, failed: 0, skipped: 0 };
  for (const row of rows) {
    const status: DeliveryStatus = journalled.has(String(row._id)) ? 'delivered' : row.status;
    if (status === 'pending' || status === 'sending') progress.pending++;
    else progress[status]++;
  }
  return progress;
}

/** Parses a stored message back (the worker and tests use it). */
export function parseMessage(json: string): OutgoingMessage {
  return JSON.parse(json) as OutgoingMessage;
}
