import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';

/**
 * People in a new group's line whom offerFreeSeats skips (walk30 W30-15): they blocked the bot and left no phone, so
 * nobody can tell them of a seat (with a phone they get a call card). Counted only while the group has a free seat,
 * so that /newclass can say why «Предложено мест: 0» although someone waits.
 */
export async function unreachableInLine(groupId: string): Promise<number> {
  const group = await ClassGroupModel.findById(groupId, { courseId: 1, centerId: 1, partnerId: 1, freeSeats: 1, status: 1 }).lean();
  if (!group || group.status !== 'open' || !((group.freeSeats ?? 0) > 0)) return 0;
  const whose = group.partnerId ? { partnerId: group.partnerId } : { centerId: group.centerId };
  const waiting = await WaitlistEntryModel.find({ courseId: group.courseId, ...whose, status: 'waiting', citizenId: { $exists: true } }, { citizenId: 1 }).lean();
  const ids = waiting.map((e) => e.citizenId!).filter(hasTelegram);
  if (ids.length === 0) return 0;
  return CitizenModel.countDocuments({ _id: { $in: ids }, reachable: false, phone: { $exists: false } });
}
