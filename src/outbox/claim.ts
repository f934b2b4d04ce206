import { Types } from 'mongoose';
import type { DeliveryResult, Locale, Notifier, OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel, PRIORITIES } from './model.js';
import type { StoredItem } from './store.js';

/**
 * About one second of sending at Telegram's 30 messages a second: a claimed item is sent within about that long, so a
 * withdraw arriving after its claim (and so losing to it) is at most that late.
 */
export const CLAIM_CHUNK = 30;

/**
 * The sender claims items right before it sends them: a conditional update of their rows, from pending. An item read
 * ahead is in the sender's hand up to 30 s before it is due (and a bunch waits longer for its turn at 30/s), and a move
 * or a changed lesson withdraws its reminders meanwhile (cancelPending marks the rows skipped): the claim then finds no
 * pending row, and nothing is sent (fix38b). Once claimed, a withdraw leaves the row pending (skipPending marks it,
 * for a next sender if this one dies: releaseClaims): exactly one of the two wins. Claimed a second's worth at a time: one command for up to 30 items, not one per
 * message (and a read besides only when a withdraw took some). Broadcasts are not claimed: nothing withdraws one
 * person's copy.
 */
export class Claims {
  private readonly ours = new Set<string>();

  has(item: StoredItem): boolean {
    return item.priority >= PRIORITIES.broadcast || this.ours.has(String(item._id));
  }

  /** Claims `item` with the unclaimed ones `readyNow` beside it; returns the ids a withdraw took first (not to be sent). */
  async claim<T extends StoredItem>(item: T, queue: readonly T[], readyNow: (other: T) => boolean, now: Date): Promise<Set<string>> {
    const beside = queue.filter((other) => other !== item && !this.has(other) && readyNow(other)).slice(0, CLAIM_CHUNK - 1);
    const ids = [item, ...beside].map((one) => one._id);
    const { matchedCount } = await DeliveryModel.updateMany({ _id: { $in: ids }, status: 'pending' }, { $set: { claimedAt: now } });
    // All of them still pending (the usual case): ours, in one command; else a read says which a withdraw took.
    const pending = matchedCount === ids.length ? ids : (await DeliveryModel.find({ _id: { $in: ids }, status: 'pending' }, { _id: 1 }).lean()).map((row) => row._id);
    for (const id of pending) this.ours.add(String(id));
    return new Set(ids.map(String).filter((id) => !this.ours.has(id)));
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
