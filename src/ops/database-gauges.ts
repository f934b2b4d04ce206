import { DeliveryModel } from '../db/models/delivery.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';

export interface OutboxDepth {
  /** Pending items due now, by priority ("default" for items without one). */
  dueByPriority: Record<string, number>;
  /** Pending items for later. */
  scheduled: number;
  /** Age of the oldest due item; null when nothing is due. */
  oldestDueAgeSeconds: number | null;
}

/**
 * The outbox's backlog, for /metrics and /readyz. The one place that knows how the outbox stores
 * pending items: adapt it when the outbox changes.
 */
export async function readOutboxDepth(now: Date): Promise<OutboxDepth> {
  const due = { status: 'pending' as const, notBefore: { $lte: now } };
  const [groups, scheduled, oldest] = await Promise.all([
    DeliveryModel.aggregate<{ _id: string | null; n: number }>([{ $match: due }, { $group: { _id: '$priority', n: { $sum: 1 } } }]),
    DeliveryModel.countDocuments({ status: 'pending', notBefore: { $gt: now } }),
    DeliveryModel.findOne(due, { notBefore: 1 }).sort({ notBefore: 1 }).lean(),
  ]);
  const dueByPriority: Record<string, number> = {};
  for (const g of groups) dueByPriority[g._id == null ? 'default' : String(g._id)] = g.n;
  return {
    dueByPriority,
    scheduled,
    oldestDueAgeSeconds: oldest ? Math.max(0, (now.getTime() - oldest.notBefore.getTime()) / 1000) : null,
  };
}

/** Seat offers by outcome (made = all of them). */
export async function countSeatOffers(): Promise<Record<string, number>> {
  const groups = await SeatOfferModel.aggregate<{ _id: string; n: number }>([{ $group: { _id: '$outcome', n: { $sum: 1 } } }]);
  return Object.fromEntries(groups.map((g) => [g._id, g.n]));
}
