import { Types } from 'mongoose';
import { ClassGroupModel, type GroupTimeOfDay } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { callListsChanged } from './call-list-changes.js';
import { tellGroupMoved } from './group-time-notices.js';
import { isObjectId } from './ids.js';
import { joiningLesson } from './joining-lesson.js';
import { withdrawGroupReminders } from './left-group-reminders.js';
import { offerFreeSeats, type OfferOptions } from './offers.js';

/**
 * Someone in a daytime group who now works days (walk34 W34-08): she wants the same course at another time of day.
 * Where her center has a group of the course at that time taking newcomers with a seat nobody holds, she moves there
 * herself: the new seat is taken first (the offers' conditional decrement), then her entry, then the old seat goes
 * to the next in line as a given-up seat does (offerFreeSeats). A free seat nobody holds means nobody in line is
 * waiting for it (offers go out the moment someone comes onto a line), so she jumps nobody. Otherwise she keeps her
 * seat and may ask the librarians (group-time-notices.ts): one active entry per course, so she cannot also wait in line.
 */

/** A seat she may move: in a group with a lesson still to come (a seat can be given up only then: probe s22 H2). */
export interface SeatToMove {
  entryId: string;
  courseId: string;
  groupId: string;
  centerId: string;
  groupTime: GroupTimeOfDay;
  /** The time of day she asked to move to, when no group had a seat (group-time-wish.ts). */
  wantsTime?: GroupTimeOfDay;
}

/** Her seats in groups with a lesson to come, oldest entry first. */
export async function seatsToMove(citizenId: number, now: Date): Promise<SeatToMove[]> {
  const entries = await WaitlistEntryModel.find({ citizenId, status: 'enrolled', groupId: { $exists: true } }, { courseId: 1, groupId: 1, wantsTime: 1 }).sort({ joinedAt: 1 }).lean();
  if (entries.length === 0) return [];
  const ids = entries.map((e) => e.groupId!);
  const [groups, ahead] = await Promise.all([
    ClassGroupModel.find({ _id: { $in: ids }, status: 'open' }, { centerId: 1, timeOfDay: 1 }).lean(),
    withLessonsAhead(ids, now),
  ]);
  return entries.flatMap((e) => {
    const group = groups.find((g) => String(g._id) === String(e.groupId));
    if (!group || !ahead.has(String(e.groupId))) return [];
    const wish = e.wantsTime && e.wantsTime !== group.timeOfDay ? { wantsTime: e.wantsTime } : {};
    return [{ entryId: String(e._id), courseId: e.courseId, groupId: String(group._id), centerId: group.centerId, groupTime: group.timeOfDay, ...wish }];
  });
}

/** Which of these groups have a scheduled lesson still to begin. */
async function withLessonsAhead(groupIds: Types.ObjectId[], now: Date): Promise<Set<string>> {
  const ids: Types.ObjectId[] = await LessonModel.distinct('groupId', { groupId: { $in: groupIds }, status: 'scheduled', startsAt: { $gt: now } });
  return new Set(ids.map(String));
}

/** The seat `entryId` is, if it is still hers to move. */
export async function seatOf(citizenId: number, entryId: string, now: Date): Promise<SeatToMove | undefined> {
  return (await seatsToMove(citizenId, now)).find((s) => s.entryId === entryId);
}

/**
 * A group she could move to now: the same course at her group's center, at `time`, open, taking newcomers
 * (joining-lesson.ts), with a seat nobody holds; a partner's closed group only if it is her partner's. The one whose
 * newcomer's lesson comes first. Undefined: none.
 */
export async function groupAtTime(citizenId: number, entryId: string, time: GroupTimeOfDay, now: Date): Promise<string | undefined> {
  return (await groupsAtTime(citizenId, entryId, time, now))[0];
}

/** Every group groupAtTime could give, soonest newcomer's lesson first. */
async function groupsAtTime(citizenId: number, entryId: string, time: GroupTimeOfDay, now: Date): Promise<string[]> {
  const seat = await seatOf(citizenId, entryId, now);
  if (!seat || seat.groupTime === time) return [];
  const partnerId = (await WaitlistEntryModel.findById(entryId, { partnerId: 1 }).lean())?.partnerId;
  const groups = await ClassGroupModel.find(
    {
      _id: { $ne: new Types.ObjectId(seat.groupId) },
      courseId: seat.courseId,
      centerId: seat.centerId,
      timeOfDay: time,
      status: 'open',
      freeSeats: { $gt: 0 },
      $or: [{ partnerId: { $exists: false } }, ...(partnerId ? [{ partnerId }] : [])],
    },
    { _id: 1 },
  ).lean();
  const joining = await Promise.all(groups.map(async (g) => ({ id: String(g._id), lesson: await joiningLesson(g._id, now) })));
  const open = joining.filter((g) => g.lesson).sort((a, b) => a.lesson!.startsAt.getTime() - b.lesson!.startsAt.getTime());
  return open.map((g) => g.id);
}

export type GroupMoveResult = 'moved' | 'full' | 'gone';

/** A move's options: the offer settings whole (the coordinators, the default language: both groups' librarians are told). */
export type GroupMoveOptions = OfferOptions;

/**
 * Moves her seat to `groupId` (one groupAtTime found): 'full' when its seat went meanwhile (she keeps hers), 'gone'
 * when her seat or that group no longer qualifies. Her place in line (joinedAt) is kept; `enrolledAt` is now, so the
 * new group's lessons already begun are not on her attendance (onRoster). Both groups' librarians are told.
 */
export async function moveToGroup(citizenId: number, entryId: string, groupId: string, now: Date, options: GroupMoveOptions): Promise<GroupMoveResult> {
  if (!isObjectId(groupId)) return 'gone';
  const seat = await seatOf(citizenId, entryId, now);
  const target = await ClassGroupModel.findById(groupId, { timeOfDay: 1, freeSeats: 1 }).lean();
  if (!seat || !target) return 'gone';
  // Its last seat taken while she read the question: said so, she keeps hers.
  if (!(await groupsAtTime(citizenId, entryId, target.timeOfDay, now)).includes(groupId)) return target.freeSeats === 0 ? 'full' : 'gone';
  return moveSeat(citizenId, seat, groupId, now, options, { kind: 'citizen' });
}

/**
 * Who moved her: she herself, the bot (a seat freed at the time she wished: group-time-wish.ts) or a librarian (who is
 * not told of her own move).
 */
export type MovedBy = { kind: 'citizen' } | { kind: 'wish' } | { kind: 'staff'; id: number };

/**
 * The audit line of a move, without names: the entry and both groups. A citizen's Telegram id is never an audit actor
 * (/forget could not reach it there), so she and the bot are actor 0, told apart by the action (as the retention job
 * and citizen.unlink-telegram are); a librarian is herself.
 */
const moveAudit = (by: MovedBy, entryId: string, from: string, to: string) =>
  by.kind === 'staff'
    ? { actorId: by.id, action: 'staff.move-group', target: `entry:${entryId}`, details: { from, to } }
    : { actorId: 0, action: by.kind === 'citizen' ? 'citizen.move-group' : 'group.move-wished', target: `entry:${entryId}`, details: { from, to, by: by.kind === 'citizen' ? 'citizen' : 'system' } };

/**
 * The move's writes, for every path (her own tap, a librarian's, a seat freed at the time she wished:
 * group-time-wish.ts): the new seat taken by the conditional decrement, her entry moved (her wish done), the old seat
 * given back as «Отказаться от места» gives it and offered on. The callers checked the group is one she may move to.
 * Audited for every path.
 */
export async function moveSeat(citizenId: number, seat: SeatToMove, groupId: string, now: Date, options: GroupMoveOptions, by: MovedBy): Promise<GroupMoveResult> {
  const taken = await ClassGroupModel.findOneAndUpdate(
    { _id: groupId, status: 'open', courseId: seat.courseId, centerId: seat.centerId, freeSeats: { $gt: 0 } },
    { $inc: { freeSeats: -1, enrolledCount: 1 } },
  );
  if (!taken) return 'full';
  const moved = await WaitlistEntryModel.findOneAndUpdate(
    { _id: seat.entryId, citizenId, status: 'enrolled', groupId: new Types.ObjectId(seat.groupId) },
    { $set: { groupId: new Types.ObjectId(groupId), enrolledAt: now }, $unset: { wantsTime: 1, wantsTimeAt: 1 } },
  );
  if (!moved) {
    await ClassGroupModel.updateOne({ _id: groupId, enrolledCount: { $gt: 0 } }, { $inc: { freeSeats: 1, enrolledCount: -1 } });
    return 'gone';
  }
  // Her request to move, if she made one, leaves the /calls screens open at her center (open-move-wishes.ts).
  if (seat.wantsTime) callListsChanged([seat.centerId]);
  // Her reminders of the old group's lessons already queued (≤10 minutes ahead) are not sent.
  await withdrawGroupReminders(citizenId, seat.groupId, now);
  // The old seat: given back as «Отказаться от места» gives it (releaseSeat), and not offered to her again.
  await ClassGroupModel.updateOne({ _id: seat.groupId, enrolledCount: { $gt: 0 } }, { $inc: { enrolledCount: -1, freeSeats: 1 } });
  await SeatOfferModel.updateOne({ entryId: moved._id, groupId: seat.groupId }, { $set: { outcome: 'released', closedAt: now }, $setOnInsert: { offeredAt: now } }, { upsert: true });
  await audit(moveAudit(by, seat.entryId, seat.groupId, groupId), now);
  await offerFreeSeats(seat.groupId, now, options);
  await tellGroupMoved(citizenId, { from: seat.groupId, to: groupId }, options.coordinatorIds, now, options.defaultLocale, {
    ...(by.kind === 'staff' ? { except: by.id } : {}),
    byBot: by.kind === 'wish',
  });
  return 'moved';
}
