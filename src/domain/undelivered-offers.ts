import type { Types } from 'mongoose';
import { CallTaskModel } from '../db/models/call-task.js';
import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { DeliveryModel } from '../outbox/model.js';
import { enqueue } from '../outbox/index.js';
import { offerCallNotices } from './call-digests.js';
import { openOfferCallTask } from './call-tasks.js';
import { isObjectId } from './ids.js';
import { offerFreeSeats, offerSeatsOnJoining, returnToLine, type OfferOptions } from './offers.js';

/** How Telegram refused an offer's message: 403 (blocked the bot), or 400 "chat not found" after the outbox's attempts. */
export type Refusal = 'blocked' | 'chat-not-found';

/**
 * Open offers whose message will never arrive: Telegram refused it for good
 * (403: the person blocked the bot or deleted the account; 400 "chat not
 * found", given up after the outbox's attempts). The seat should not wait for
 * the deadline (probe s20 F5). A network failure is not counted: when Telegram
 * is out of reach for everyone, passing seats on would only fail again.
 */
export async function undeliveredOffers(
  open: Array<{ _id: Types.ObjectId; offer?: { groupId?: Types.ObjectId | null; offeredAt?: Date | null } | null }>,
): Promise<Map<string, { key: string; refusal: Refusal }>> {
  const keyOf = new Map<string, string>();
  // The offer or its half-way reminder (a 403 on the reminder: she blocked the bot after the offer came).
  for (const entry of open) if (entry.offer?.groupId && entry.offer.offeredAt) for (const kind of ['offer', 'offer-rem']) keyOf.set(`${kind}:${String(entry._id)}:${entry.offer.offeredAt.getTime()}`, String(entry._id));
  if (keyOf.size === 0) return new Map();
  // A reminder skipped: she was known to have blocked the bot by then (my_chat_member), so it was not even tried (fix34a).
  const refused = await DeliveryModel.find(
    { key: { $in: [...keyOf.keys()] }, $or: [{ status: 'blocked' }, { status: 'failed', lastError: /chat not found/i }, { status: 'skipped', key: /^offer-rem:/ }] },
    { key: 1, status: 1, _id: 0 },
  ).lean();
  return new Map(refused.map((d) => [keyOf.get(d.key)!, { key: d.key, refusal: d.status === 'blocked' ? 'blocked' : 'chat-not-found' }]));
}

/** Whether Telegram refused this offer's message for good (its seat held by a call card, or passed on): she never saw it. */
export async function offerRefused(entryId: string, offeredAt: Date): Promise<boolean> {
  return (await DeliveryModel.exists({ key: `offer:${entryId}:${offeredAt.getTime()}`, $or: [{ status: 'blocked' }, { status: 'failed', lastError: /chat not found/i }] })) !== null;
}

/**
 * An offer's message, or its half-way reminder's, was refused for good (fix31a, fix34a): it is handled as one for a person without Telegram. With a phone,
 * the librarians' call card for her opens (the offer stays open until its deadline, as for people without Telegram).
 * Without one, the offer is withdrawn: she waits again at her place and the seat goes to the next person. Someone who
 * blocked the bot is offered this group again once she is back (the offer never reached her); a chat Telegram does
 * not know is not asked by this group again (it would only be refused again).
 * Called by the outbox's catch-up (a 403 journalled) and by the offers job (anything the catch-up missed).
 * Returns 'withdrawn', 'by-phone' (a call card opened now or before), or null (not an open offer any more).
 */
export async function offerNotDelivered(key: string, refusal: Refusal, now: Date, options: OfferOptions): Promise<'withdrawn' | 'by-phone' | null> {
  const [kind, entryId = '', offeredAtMs = ''] = key.split(':');
  // Its half-way reminder refused is the same: she blocked the bot while the seat waits for her answer (fix34a).
  if ((kind !== 'offer' && kind !== 'offer-rem') || !isObjectId(entryId)) return null;
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, status: 'offered', 'offer.offeredAt': new Date(Number(offeredAtMs)) }).lean();
  const offer = entry?.offer;
  if (!entry?.citizenId || !offer?.groupId || !offer.offeredAt || !offer.expiresAt) return null;
  const citizen = await CitizenModel.findById(entry.citizenId, { phone: 1 }).lean();
  if (citizen?.phone) {
    if (await CallTaskModel.exists({ key: `offer:${entryId}:${offeredAtMs}` })) return 'by-phone';
    const group = await ClassGroupModel.findById(offer.groupId, { librarianId: 1, courseId: 1, centerId: 1 }).lean();
    const task = group ? await openOfferCallTask({ _id: entry._id, citizenId: entry.citizenId, centerId: entry.centerId }, offer.offeredAt, offer.expiresAt, group._id) : null;
    if (group && task) await enqueue(await offerCallNotices([task], group, offer.expiresAt), now);
    return 'by-phone';
  }
  if (!(await returnToLine(entryId, offer.groupId, 'expired', now))) return null;
  // Never seen, so not an offer she turned down: the group may ask her again (she is skipped while she blocks the bot).
  if (refusal === 'blocked') await SeatOfferModel.deleteOne({ entryId: entry._id, groupId: offer.groupId, outcome: 'expired' });
  await offerFreeSeats(String(offer.groupId), now, options);
  return 'withdrawn';
}

/** The offers job's part: open offers refused for good that the catch-up did not handle. Returns how many were withdrawn. */
export async function settleUndeliveredOffers(now: Date, options: OfferOptions): Promise<number> {
  const open = await WaitlistEntryModel.find({ status: 'offered' }, { offer: 1 }).lean();
  let withdrawn = 0;
  for (const { key, refusal } of (await undeliveredOffers(open)).values()) if ((await offerNotDelivered(key, refusal, now, options)) === 'withdrawn') withdrawn++;
  return withdrawn;
}

/**
 * Someone who blocked the bot is back (my_chat_member "member"): the free seats of her lines' open groups are offered
 * now, in the lines' order, not at the offers job's next run (fix31a: an offer withdrawn while she blocked the bot).
 */
export async function offerSeatsOnReturn(citizenId: number, now: Date, options: OfferOptions): Promise<number> {
  const lines = await WaitlistEntryModel.find({ citizenId, status: 'waiting' }, { courseId: 1, centerId: 1, partnerId: 1 }).lean();
  let offered = 0;
  for (const e of lines) offered += await offerSeatsOnJoining({ courseId: e.courseId, centerId: e.centerId, ...(e.partnerId ? { partnerId: String(e.partnerId) } : {}) }, now, options);
  return offered;
}
