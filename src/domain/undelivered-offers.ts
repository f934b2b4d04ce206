import type { Types } from 'mongoose';
import { DeliveryModel } from '../outbox/model.js';

/**
 * Open offers whose message will never arrive: Telegram refused it for good
 * (403: the person blocked the bot or deleted the account; 400 "chat not
 * found", given up after the outbox's attempts). The seat should not wait for
 * the deadline (probe s20 F5). A network failure is not counted: when Telegram
 * is out of reach for everyone, passing seats on would only fail again.
 */
export async function undeliveredOffers(
  open: Array<{ _id: Types.ObjectId; offer?: { groupId?: Types.ObjectId | null; offeredAt?: Date | null } | null }>,
): Promise<Set<string>> {
  const keyOf = new Map<string, string>();
  for (const entry of open) if (entry.offer?.groupId && entry.offer.offeredAt) keyOf.set(`offer:${String(entry._id)}:${entry.offer.offeredAt.getTime()}`, String(entry._id));
  if (keyOf.size === 0) return new Set();
  const refused = await DeliveryModel.find(
    { key: { $in: [...keyOf.keys()] }, $or: [{ status: 'blocked' }, { status: 'failed', lastError: /chat not found/i }] },
    { key: 1, _id: 0 },
  ).lean();
  return new Set(refused.map((d) => keyOf.get(d.key)!));
}
