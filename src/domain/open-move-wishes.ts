import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel, type GroupTimeOfDay } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter, findCourse } from './catalog.js';
import { seatOf } from './group-time-move.js';
import { wishersFor } from './group-time-wish.js';
import { centerScope, type Role } from './roles.js';
import { putInGroup } from './staff-enrolment.js';
import { singleLine } from './text.js';
import { localToday, recentDay, toLocal, type LocalDate } from './time.js';

/**
 * The open requests to move to a group at another time of day (fix35f's `wantsTime`) at a staff member's centers, for
 * /calls (fix36c): before, a librarian saw one only in «➕ Записать человека» of a group at that very time, and in the
 * request message of the day it was made. Only requests that still stand (her group open, a lesson to come: seatOf).
 */
export interface OpenMoveWish {
  entryId: string;
  citizenId: number;
  /** One line: a typed name never breaks the list's lines. */
  name: string;
  centerId: string;
  short: string;
  from: GroupTimeOfDay;
  to: GroupTimeOfDay;
  /** The day she asked, on the center's clock; none for a request made before it was kept. */
  since?: LocalDate;
  /** The request was made today or yesterday on the center's clock: said so rather than as a date. */
  sinceRecent?: 'today' | 'yesterday';
  /**
   * A group at that time with a seat nobody holds that this reader may fill, and that takes her (wishersFor): she can
   * be moved now, by «✅ Перевести» of its «➕ Записать человека».
   */
  groupId?: string;
}

/** Longest waiting first (her place on the course), as «➕ Записать человека» lists them. */
export async function openMoveWishes(role: Role, now: Date, language: Locale): Promise<OpenMoveWish[]> {
  const entries = await WaitlistEntryModel.find(
    { status: 'enrolled', wantsTime: { $exists: true }, citizenId: { $exists: true }, ...centerScope(role) },
    { citizenId: 1, courseId: 1, wantsTimeAt: 1 },
  )
    .sort({ joinedAt: 1, _id: 1 })
    .lean();
  if (entries.length === 0) return [];
  const names = new Map((await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1 }).lean()).map((c) => [c._id, c.name]));
  const movable = new Map<string, string[]>();
  const wishes: OpenMoveWish[] = [];
  for (const e of entries) {
    const seat = await seatOf(e.citizenId!, String(e._id), now);
    if (!seat?.wantsTime) continue;
    const [course, center] = await Promise.all([findCourse(seat.courseId), describeCenter(seat.centerId)]);
    const groupId = await groupToMoveTo(role, seat.entryId, { courseId: seat.courseId, centerId: seat.centerId, time: seat.wantsTime }, now, movable);
    wishes.push({
      entryId: seat.entryId, citizenId: e.citizenId!, name: singleLine(names.get(e.citizenId!) ?? '—'), centerId: seat.centerId,
      short: course?.short[language] ?? seat.courseId, from: seat.groupTime, to: seat.wantsTime,
      ...(e.wantsTimeAt ? sinceWhen(e.wantsTimeAt, now, center?.timeZone ?? 'Asia/Novokuznetsk') : {}), ...(groupId ? { groupId } : {}),
    });
  }
  return wishes;
}

/** The day she asked on the center's clock, and whether that is today or yesterday there. */
function sinceWhen(at: Date, now: Date, timeZone: string): Pick<OpenMoveWish, 'since' | 'sinceRecent'> {
  const since = toLocal(at, timeZone);
  const recent = recentDay(since, localToday(now, timeZone));
  return recent ? { since, sinceRecent: recent } : { since };
}

/** The first group at that time, of her course and center, with a free seat, that she heads the put-in list of. */
async function groupToMoveTo(role: Role, entryId: string, at: { courseId: string; centerId: string; time: GroupTimeOfDay }, now: Date, movable: Map<string, string[]>) {
  const groups = await ClassGroupModel.find({ courseId: at.courseId, centerId: at.centerId, timeOfDay: at.time, status: 'open', freeSeats: { $gt: 0 } }, { _id: 1 }).lean();
  for (const g of groups) {
    const id = String(g._id);
    // Who it takes, once a group: the same check «➕ Записать человека» makes (a partner's group: its people).
    if (!movable.has(id)) movable.set(id, (await putInGroup(role, id, now)) ? (await wishersFor(id, now)).map((w) => w.seat.entryId) : []);
    if (movable.get(id)!.includes(entryId)) return id;
  }
  return undefined;
}
