import type { Types } from 'mongoose';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { isObjectId } from './ids.js';
import { joiningLesson } from './joining-lesson.js';

/**
 * Who a free seat of this group goes to, in order: the center's line for its course (a partner's closed group: that
 * partner's people), not asked for this group before, and reachable (in Telegram, or by phone: `byPhoneOnly`).
 */
export async function offerLine(group: { _id: Types.ObjectId; courseId: string; centerId: string; partnerId?: Types.ObjectId | null; timeOfDay: string }) {
  const alreadyAsked = new Set((await SeatOfferModel.find({ groupId: group._id }, { entryId: 1 }).lean()).map((o) => String(o.entryId)));
  // A closed group (a partner's request) takes only that partner's referred people, from any center; others the center's line.
  const whose = group.partnerId ? { partnerId: group.partnerId } : { centerId: group.centerId };
  const waiting = await WaitlistEntryModel.find({ courseId: group.courseId, ...whose, status: 'waiting', citizenId: { $exists: true } })
    .sort({ joinedAt: 1, _id: 1 })
    .lean();
  // People without Telegram (imported or registered at the desk: negative ids, reachable: false) are offered it
  // through a call task for the librarians; so are people who blocked the bot but gave a phone (probe s20 F6: they
  // kept their place and were never offered a seat). Blocked without a phone: skipped, a seat they would never see.
  const blocked = await CitizenModel.find({ _id: { $in: waiting.map((e) => e.citizenId!).filter(hasTelegram) }, reachable: false }, { phone: 1 }).lean();
  const unreachable = new Set(blocked.filter((c) => !c.phone).map((c) => c._id));
  const byPhoneOnly = new Set(blocked.filter((c) => c.phone).map((c) => c._id));
  const matches = (t: string) => t === group.timeOfDay || t === 'any';
  const line = waiting
    .filter((e) => !alreadyAsked.has(String(e._id)) && !unreachable.has(e.citizenId!))
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || Number(matches(b.timeOfDay)) - Number(matches(a.timeOfDay)));
  return { line, byPhoneOnly, waiting };
}

/**
 * Who a seat given up in this group now would go to, other than `entryId` herself: someone it would be offered to (walk34
 * W34-15); or none, though people wait for the course, each asked for this group before or out of reach (walk38 L7:
 * «в очереди никого нет» was untrue then); or nobody waiting at all.
 */
export async function nextForSeat(groupId: string, entryId: string, now: Date): Promise<'someone' | 'none-can-take' | 'nobody'> {
  const group = isObjectId(groupId) ? await ClassGroupModel.findById(groupId).lean() : null;
  if (!group || group.status !== 'open' || !(await joiningLesson(group._id, now))) return 'nobody';
  const { line, waiting } = await offerLine(group);
  const others = (entries: typeof waiting) => entries.some((e) => String(e._id) !== entryId);
  return others(line) ? 'someone' : others(waiting) ? 'none-can-take' : 'nobody';
}
