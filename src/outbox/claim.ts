import type { DeliveryResult, Locale, Notifier, OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel, PRIORITIES } from './model.js';
import type { StoredItem } from './store.js';

/**
 * The sender claims an item right before it sends it: one conditional update of its row, from pending. An item read
 * ahead is in the sender's hand up to 30 s before it is due, and a move or a changed lesson withdraws its reminders
 * meanwhile (cancelPending marks the rows skipped): the claim then finds no pending row, and nothing is sent (fix38b).
 * Once claimed, a withdraw leaves the row alone (skipPending: unclaimed rows only): exactly one of the two wins.
 * Broadcasts are not claimed: nothing withdraws one person's copy, and a write per copy would slow a 5,000-message run.
 */
export async function claimForSending(item: StoredItem, now: Date): Promise<boolean> {
  if (item.priority >= PRIORITIES.broadcast) return true;
  return (await DeliveryModel.updateOne({ _id: item._id, status: 'pending' }, { $set: { claimedAt: now } })).matchedCount === 1;
}

/** Sends one item through the notifier; a throw is a failed delivery (retried). */
export async function sendItem(notifier: Notifier, item: StoredItem, language: Locale): Promise<DeliveryResult> {
  try {
    return await notifier.sendToCitizen({ citizenId: item.citizenId ?? 0, language }, JSON.parse(item.message) as OutgoingMessage);
  } catch (error) {
    return { ok: false, reason: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
