import type { Types } from 'mongoose';
import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { sentMessageKey } from '../outbox/index.js';
import { joiningLesson } from './joining-lesson.js';
import { seatCenter } from './line-center.js';
import { ANSWER_BEFORE_START_MS } from './offer-messages.js';
import type { AcceptResult } from './offers.js';

/**
 * "I'll come" pressed on an offer that expired or was declined (a senior who
 * answers a day late, or changes their mind a minute after "Can't come"): the
 * seat is theirs if the group of that very message still has one nobody holds,
 * still takes newcomers with an hour to spare before their first lesson (joining-lesson.ts), and is where
 * they wait (they may have moved center since).
 * A free seat is one the line did not take (every free seat is offered to the
 * next person at once), so nobody waiting is passed over.
 */
export async function lateAccept(
  entry: { _id: Types.ObjectId; citizenId?: number | null; centerId: string; lineCenterId?: string | null; partnerId?: Types.ObjectId | null },
  pressedMessageId: number,
  now: Date,
): Promise<AcceptResult> {
  const entryId = String(entry._id);
  // The button carries the entry only; the message it was on names the offer (its key holds the moment it was made).
  const key = await sentMessageKey(entry.citizenId!, pressedMessageId);
  const offeredAt = key?.match(new RegExp(`^offer(?:-rem)?:${entryId}:(\\d+)$`))?.[1];
  if (!offeredAt) return { ok: false, reason: 'expired' };
  const last = await SeatOfferModel.findOne({ entryId, offeredAt: new Date(Number(offeredAt)), outcome: { $in: ['expired', 'declined'] } }).lean();
  if (!last) return { ok: false, reason: 'expired' };
  const groupId = last.groupId;
  const group = await ClassGroupModel.findById(groupId, { centerId: 1, partnerId: 1 }).lean();
  const samePlace = group && (group.partnerId ? String(group.partnerId) === String(entry.partnerId) : group.centerId === entry.centerId);
  if (!samePlace) return { ok: false, reason: 'expired' };
  // The same rule as an offer's (joining-lesson.ts): still an hour before the lesson they would start with.
  if (!(await joiningLesson(groupId, now, ANSWER_BEFORE_START_MS))) return { ok: false, reason: 'expired' };
  const reserved = await ClassGroupModel.findOneAndUpdate({ _id: groupId, status: 'open', freeSeats: { $gt: 0 } }, { $inc: { freeSeats: -1 } });
  if (!reserved) return { ok: false, reason: 'expired' };
  const enrolled = await WaitlistEntryModel.findOneAndUpdate({ _id: entryId, status: 'waiting' }, { $set: { status: 'enrolled', groupId, ...seatCenter(entry, group.centerId), enrolledAt: now } });
  if (!enrolled) {
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: 1 } });
    const again = await WaitlistEntryModel.findById(entryId, { status: 1 }).lean();
    return { ok: false, reason: again?.status === 'enrolled' ? 'already' : 'expired' };
  }
  await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1 } });
  await SeatOfferModel.updateOne({ _id: last._id }, { $set: { outcome: 'accepted', closedAt: now, acceptedAt: now } });
  return { ok: true, groupId: String(groupId) };
}
