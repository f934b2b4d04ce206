import { Types } from 'mongoose';
import { CallTaskModel } from '../db/models/call-task.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { settleOfferCall } from './call-answers.js';
import { isObjectId } from './ids.js';
import { seatCenter } from './line-center.js';
import { acceptOffer, closeOffer, offerFreeSeats, type OfferOptions } from './offers.js';

/**
 * Someone puts a person from the line straight into a group, without a seat offer: a partner's representative
 * (their people without Telegram, into the partner's closed group: partners/closed-groups.ts) or a librarian at the
 * desk (anyone waiting for the course at the center, into a group starting in ten minutes: staff-enrolment.ts, walk
 * s22 W22-12). One path for both. A seat is taken by the conditional decrement the offers use (`freeSeats > 0`),
 * then the entry moves by one conditional update; if it moved meanwhile, the seat is given back. A seat of this
 * group already offered to them is taken as a call would take it (its call task closed as answered by the actor).
 */

export type EnrollResult = 'enrolled' | 'full' | 'gone';

export interface DirectEnrolment {
  actor: { id: number; name: string };
  groupId: string;
  entryId: string;
  /** Who may: conditions on the group (a partner's own, a center's) and on the entry (the partner's people, the center's line). */
  groupWhere: Record<string, unknown>;
  entryWhere: Record<string, unknown>;
  /** A seat offered to them in another group may be left for this one: that offer closes and its seat goes to the next person. */
  fromOtherOffer?: boolean;
  /** The audit record's action and details (ids only, never names). */
  audit: { action: string; details: Record<string, unknown> };
}

export async function enrolDirectly(e: DirectEnrolment, now: Date, options: OfferOptions): Promise<EnrollResult> {
  if (!isObjectId(e.groupId) || !isObjectId(e.entryId)) return 'gone';
  const entry = await WaitlistEntryModel.findOne({ ...e.entryWhere, _id: e.entryId, status: { $in: ['waiting', 'offered'] } }, { citizenId: 1, courseId: 1, centerId: 1, lineCenterId: 1, status: 1, offer: 1 }).lean();
  if (!entry || entry.citizenId === undefined || entry.citizenId === null) return 'gone';
  const groupOpen = () => ClassGroupModel.exists({ ...e.groupWhere, _id: e.groupId, status: 'open' });
  const other = entry.status === 'offered' ? entry.offer?.groupId : undefined;
  if (entry.status === 'offered' && String(other) === e.groupId) {
    if (!(await groupOpen())) return 'gone';
    if (!(await takeOfferedSeat(e.actor, { id: e.entryId, citizenId: entry.citizenId }, now, options))) return 'gone';
    await audit({ actorId: e.actor.id, action: e.audit.action, target: `group:${e.groupId}`, details: { ...e.audit.details, entryId: e.entryId, offered: true } }, now);
    return 'enrolled';
  }
  if (entry.status === 'offered' && (!e.fromOtherOffer || !other)) return 'gone';
  const seat = await ClassGroupModel.findOneAndUpdate(
    { ...e.groupWhere, _id: e.groupId, status: 'open', courseId: entry.courseId, freeSeats: { $gt: 0 } },
    { $inc: { freeSeats: -1, enrolledCount: 1 } },
  ).lean();
  if (!seat) return (await groupOpen()) ? 'full' : 'gone';
  const enrolled = await WaitlistEntryModel.findOneAndUpdate(
    { ...e.entryWhere, _id: e.entryId, status: entry.status, ...(other ? { 'offer.groupId': other } : {}) },
    // In the group's center from now on (a partner's person registered at another of its centers: probe s23 M6).
    { $set: { status: 'enrolled', groupId: new Types.ObjectId(e.groupId), ...seatCenter(entry, seat.centerId), enrolledAt: now }, $unset: { offer: 1 } },
  ).lean();
  if (!enrolled) {
    await ClassGroupModel.updateOne({ _id: e.groupId }, { $inc: { freeSeats: 1, enrolledCount: -1 } });
    return 'gone';
  }
  if (other) {
    // The seat they held elsewhere goes back to that group, its offer (and call task) closes, and the next person gets it.
    await ClassGroupModel.updateOne({ _id: other }, { $inc: { freeSeats: 1 } });
    await closeOffer(e.entryId, other, 'released', now);
    await offerFreeSeats(String(other), now, options);
  }
  const details = { ...e.audit.details, entryId: e.entryId, ...(other ? { leftOfferIn: String(other) } : {}) };
  await audit({ actorId: e.actor.id, action: e.audit.action, target: `group:${e.groupId}`, details }, now);
  return 'enrolled';
}

/**
 * The seat of this group offered to them becomes theirs: an open call task is closed as answered by the actor (a
 * librarian who opens it sees who answered), then the offer is accepted as a call would accept it (call-answers.ts).
 */
async function takeOfferedSeat(actor: { id: number; name: string }, entry: { id: string; citizenId: number }, now: Date, options: OfferOptions): Promise<boolean> {
  const task = await CallTaskModel.findOne({ entryId: entry.id, kind: 'offer', status: 'open' }, { _id: 1 }).lean();
  if (!task) return (await acceptOffer(entry.citizenId, entry.id, now, undefined, { by: actor.id })).ok;
  // The librarians' cards of that call lose their buttons and say who answered (walk s22 W22-13): settleOfferCall.
  return (await settleOfferCall({ taskId: String(task._id), entryId: entry.id, citizenId: entry.citizenId }, 'accepted', actor, now, options)) === 'done';
}
