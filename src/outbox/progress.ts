import { batchCounters, DeliveryModel, sentJournal, type BatchCounters, type DeliveryStatus, type FinishedStatus } from './model.js';

/**
 * How far a batch of items (a broadcast) has got: counted cheaply while it is
 * sent, and exactly from the store when that matters (the final report).
 */
export interface BatchProgress {
  total: number;
  /** Not yet finished. */
  pending: number;
  delivered: number;
  blocked: number;
  failed: number;
  /** The citizen was already unreachable or forgot us: nothing was sent. */
  skipped: number;
}

export type BatchCounts = Partial<Record<'total' | FinishedStatus, number>>;

export function totalsPerBatch(docs: Array<{ batchId?: string }>): Map<string, BatchCounts> {
  const totals = new Map<string, BatchCounts>();
  for (const { batchId } of docs) if (batchId) totals.set(batchId, { total: (totals.get(batchId)?.total ?? 0) + 1 });
  return totals;
}

/** Adds to the batches' counters (the sender, after sending; enqueue, the total). */
export async function countInBatches(counts: Map<string, BatchCounts>, now: Date): Promise<void> {
  for (const [batchId, inc] of counts) {
    await batchCounters().updateOne({ _id: batchId }, { $inc: inc, $set: { countedAt: now } }, { upsert: true });
  }
}

/**
 * Exact progress (it reads all the batch's rows). A message in the send
 * journal counts as settled before the ledger has caught up with it, so the
 * final report does not wait for the catch-up.
 */
export async function batchProgress(batchId: string): Promise<BatchProgress> {
  // The journal first: the catch-up writes the ledger before it deletes the journal row, so every settled item is seen in one or the other.
  const journal = await sentJournal().find({}, { projection: { _id: 1, status: 1 } }).toArray();
  const rows = await DeliveryModel.find({ batchId }, { status: 1 }).lean();
  const journalled = new Map(journal.map((j): [string, DeliveryStatus] => [String(j._id), j.status ?? 'delivered']));
  const progress: BatchProgress = { total: rows.length, pending: 0, delivered: 0, blocked: 0, failed: 0, skipped: 0 };
  for (const row of rows) progress[journalled.get(String(row._id)) ?? row.status]++;
  return progress;
}

/** Counters not added to for this long are checked against the ledger (at most this often). */
const QUIET_MS = 30_000;

/**
 * Progress of a batch being sent, cheaply: from its counters, checked against
 * the ledger (batchProgress) when they say it is finished, or when nothing was
 * counted for a while (a crash can lose a second of counts). So the final
 * report is exact and is not held up for long if a crash lost a few counts.
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

/**
 * Outcomes not yet added to their batch's counters: written about once a
 * second, not per send. A crash loses at most that second's counts, and the
 * progress check against the ledger corrects it.
 */
export class BatchTally {
  private readonly uncounted = new Map<string, BatchCounts>();
  private writtenAt = -Infinity;

  add(batchId: string | undefined, status: FinishedStatus): void {
    if (!batchId) return;
    const counts = this.uncounted.get(batchId) ?? {};
    counts[status] = (counts[status] ?? 0) + 1;
    this.uncounted.set(batchId, counts);
  }

  /** Writes the counts if a second has passed since the last write (`clockMs`: the sender's clock), or `now`. */
  async write(clockMs: number, now: Date, options: { force?: boolean } = {}): Promise<void> {
    if (this.uncounted.size === 0 || (!options.force && clockMs - this.writtenAt < 1000)) return;
    const counts = new Map(this.uncounted);
    this.uncounted.clear();
    this.writtenAt = clockMs;
    await countInBatches(counts, now);
  }
}
