import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { joiningLesson } from './joining-lesson.js';

/**
 * Whether offerSeatsOnJoining (offers.ts), run right after someone joins, will offer this entry a seat: an open group
 * of the course at the center (or the partner's) with a lesson still to join and more free seats than people ahead of
 * them in its line. «Готово! … бот напишет вам» then is not said a second before the offer (walk29 W29-20). Read
 * only; the same line as offerFreeSeats (waiting, in joining order, not asked by the group before, reachable).
 */
export async function seatOfferedAtOnce(entryId: string, place: { courseId: string; centerId: string; partnerId?: string }, now: Date): Promise<boolean> {
  const where = place.partnerId ? [{ centerId: place.centerId }, { partnerId: place.partnerId }] : [{ centerId: place.centerId }];
  const groups = await ClassGroupModel.find({ courseId: place.courseId, status: 'open', freeSeats: { $gt: 0 }, $or: where }, { centerId: 1, partnerId: 1, freeSeats: 1 }).sort({ createdAt: 1 }).lean();
  // People ahead offered a seat of an earlier group are not in the next group's line.
  const offered = new Set<string>();
  for (const group of groups) {
    if (!(await joiningLesson(group._id, now))) continue;
    const asked = new Set((await SeatOfferModel.find({ groupId: group._id }, { entryId: 1 }).lean()).map((o) => String(o.entryId)));
    const whose = group.partnerId ? { partnerId: group.partnerId } : { centerId: group.centerId };
    const waiting = await WaitlistEntryModel.find({ courseId: place.courseId, ...whose, status: 'waiting', citizenId: { $exists: true } }, { citizenId: 1 }).sort({ joinedAt: 1, _id: 1 }).lean();
    const blocked = await CitizenModel.find({ _id: { $in: waiting.map((e) => e.citizenId!).filter(hasTelegram) }, reachable: false }, { phone: 1 }).lean();
    const unreachable = new Set(blocked.filter((c) => !c.phone).map((c) => c._id));
    const line = waiting.filter((e) => !asked.has(String(e._id)) && !offered.has(String(e._id)) && !unreachable.has(e.citizenId!));
    for (const e of line.slice(0, group.freeSeats ?? 0)) offered.add(String(e._id));
    if (offered.has(entryId)) return true;
  }
  return false;
}
