import { Types } from 'mongoose';
import type { DeliveryResult, Locale, Notifier, OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel, PRIORITIES } from './model.js';
import type { StoredItem } from './store.js';

/**
 * About one second of sending at Telegram's 30 messages a second: a claimed item is sent within about that long, so a
 * withdraw arriving after its claim (and so losing to it) is at most that late.
 */
export const CLAIM_CHUNK = 30;

/** The queue left to send, and the ids taken out of it (settled elsewhere: the hand lets them go). */
type Looked<T> = { queue: T[]; gone: Set<string> };

/**
 * Claims older than this are read again before the next send. A chunk goes in about a second, so only a pause holds
 * one longer: a 429's retry_after (30 s), another call's hold, a slow database.
 */
const LOOK_AGAIN_MS = 5_000;

/**
 * The sender claims items right before it sends them: a conditional update of their rows, from pending. An item read
 * ahead is in the sender's hand up to 30 s before it is due (and a bunch waits longer for its turn at 30/s), and a move
 * or a changed lesson withdraws its reminders meanwhile (cancelPending marks the rows skipped): the claim then finds no
 * pending row, and nothing is sent (fix38b). Once claimed, a withdraw leaves the row pending but marks it (skipPending:
 * `notAfter`), for a next sender if this one dies (releaseClaims) and for this one after a pause (lookAgain): exactly
 * one of the two wins. Claimed a second's worth at a time: one command for up to 30 items, not one per message (and a
 * read besides only when a withdraw took some). Broadcasts are not claimed: nothing withdraws one person's copy.
 */
export class Claims {
  /** Our claims: item id → when (timer ms) it was claimed, or its row read again. */
  private readonly ours = new Map<string, number>();

  constructor(private readonly clock: () => number) {}

  has(item: StoredItem): boolean {
    return item.priority >= PRIORITIES.broadcast || this.ours.has(String(item._id));
  }

  /** Claimed so long ago (a pause came between) that a withdraw may have marked its row meanwhile. */
  stale(item: StoredItem): boolean {
    return this.clock() - (this.ours.get(String(item._id)) ?? Infinity) >= LOOK_AGAIN_MS;
  }

  /** Claims `item` with the unclaimed ones `readyNow` beside it; `gone`: the ids a withdraw took first (not to be sent). */
  async claim<T extends StoredItem>(item: T, queue: readonly T[], readyNow: (other: T) => boolean, now: Date): Promise<Looked<T>> {
    const beside = queue.filter((other) => other !== item && !this.has(other) && readyNow(other)).slice(0, CLAIM_CHUNK - 1);
    const ids = [item, ...beside].map((one) => one._id);
    const { matchedCount } = await DeliveryModel.updateMany({ _id: { $in: ids }, status: 'pending' }, { $set: { claimedAt: now } });
    // All of them still pending (the usual case): ours, in one command; else a read says which a withdraw took.
    const pending = matchedCount === ids.length ? ids : (await DeliveryModel.find({ _id: { $in: ids }, status: 'pending' }, { _id: 1 }).lean()).map((row) => row._id);
    for (const id of pending) this.ours.set(String(id), this.clock());
    const gone = new Set(ids.map(String).filter((id) => !this.ours.has(id)));
    return { queue: queue.filter((other) => !gone.has(String(other._id))), gone };
  }

  /**
   * After a pause, the claimed items in the queue are read again (probe40 L1: a withdraw during a 429's 30 s lost to
   * the claim, and the message went after it). Each comes back as its row now says: past its `notAfter` (withdrawn),
   * or without a recipient (/forget, an unlink), and the sender skips it as it skips any such item. `gone`: rows no
   * longer pending (settled elsewhere), not to be sent.
   */
  async lookAgain<T extends StoredItem>(queue: readonly T[]): Promise<Looked<T>> {
    const held = queue.filter((item) => this.ours.has(String(item._id)));
    const rows = await DeliveryModel.find({ _id: { $in: held.map((item) => item._id) }, status: 'pending' }, { citizenId: 1, notAfter: 1 }).lean();
    const now = new Map(rows.map((row) => [String(row._id), row]));
    const gone = new Set(held.map((item) => String(item._id)).filter((id) => !now.has(id)));
    for (const item of held) this.ours.set(String(item._id), this.clock());
    const asNow = (item: T, row = now.get(String(item._id))): T => (row ? { ...item, citizenId: row.citizenId ?? undefined, notAfter: row.notAfter ?? undefined } : item);
    return { queue: queue.filter((item) => !gone.has(String(item._id))).map((item) => asNow(item)), gone };
  }
}

/**
 * A sender that starts again from the store (it took the lease over from one that stopped or died, or met an error)
 * lets go of every claim left on a pending row: that holder's hand is gone, so those rows are unsent, and a withdraw
 * must be able to skip them again (fix40b: else the next sender sent a reminder withdrawn meanwhile). Only one process
 * holds the lease, so no live sender is sending them. Rows in the journal (`sent`: sent, the ledger not caught up
 * yet) keep theirs: they did reach their person. The message in flight when a sender died may have reached her too;
 * it is sent again unless withdrawn (as before: at most that one twice).
 */
export async function releaseClaims(sent: readonly string[]): Promise<void> {
  const journalled = sent.map((id) => new Types.ObjectId(id));
  await DeliveryModel.updateMany({ status: 'pending', claimedAt: { $exists: true }, _id: { $nin: journalled } }, { $unset: { claimedAt: 1 } });
}

/** Sends one item through the notifier; a throw is a failed delivery (retried). */
export async function sendItem(notifier: Notifier, item: StoredItem, language: Locale): Promise<DeliveryResult> {
  try {
    return await notifier.sendToCitizen({ citizenId: item.citizenId ?? 0, language }, JSON.parse(item.message) as OutgoingMessage);
  } catch (error) {
    return { ok: false, reason: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
