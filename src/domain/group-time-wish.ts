import type { Types } from 'mongoose';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { callListsChanged } from './call-list-changes.js';
import { moveSeat, seatOf, type GroupMoveOptions, type GroupMoveResult, type SeatToMove } from './group-time-move.js';
import { isObjectId } from './ids.js';
import { joiningLesson } from './joining-lesson.js';
import { languageOf, offerVars } from './offer-messages.js';
import type { OfferOptions } from './offers.js';
import type { Role } from './roles.js';
import { phoneToRead } from './phone.js';
import { putInGroup } from './staff-enrolment.js';
import { singleLine } from './text.js';
import { formatLessonTime } from './time.js';
import { nextLessonOf } from './waitlist.js';
import { whoseRecord, whoseVars } from './whose-record.js';

/**
 * Someone in a group asked for the course at another time of day and no group had a seat (fix35a's request): the wish
 * is kept on her entry (`wantsTime`) so it can be acted on (fix35f). The librarians see her in «➕ Записать человека»
 * of a group at that time with a free seat and move her there (the same move as her own tap: moveSeat); and a seat
 * freed at that time goes to her before the line when she has waited longer than the first of the line, and her old
 * seat can go on to the line (her group still takes newcomers): then nobody in line loses a seat or a turn, and she
 * is where she would be had she given her seat up and waited. She is moved at once, not offered: she asked for it and
 * was told so, and an offer would hold a second seat for her. She is told; both groups' librarians are told.
 */

/** Someone in another group of a group's course at its center who asked for its time of day. */
export interface GroupWisher {
  seat: SeatToMove;
  citizenId: number;
  name: string;
  phone?: string;
  joinedAt: Date;
  /** The bot can write to her: Telegram, and the bot not blocked. */
  telegram: boolean;
  /** Telegram, but the bot is blocked: the librarian tells her; her phone when we have it (as LinePerson's). */
  blocked?: { phone?: string };
}

/** Those who asked for this group's time of day, in another group of its course at its center, longest waiting first. */
export async function wishersFor(groupId: string, now: Date): Promise<GroupWisher[]> {
  const group = isObjectId(groupId) ? await ClassGroupModel.findById(groupId, { courseId: 1, centerId: 1, timeOfDay: 1, partnerId: 1 }).lean() : null;
  if (!group) return [];
  // A partner's closed group takes only that partner's people (as its line: offer-line.ts).
  const entries = await WaitlistEntryModel.find(
    { courseId: group.courseId, centerId: group.centerId, status: 'enrolled', wantsTime: group.timeOfDay, groupId: { $ne: group._id }, citizenId: { $exists: true }, ...(group.partnerId ? { partnerId: group.partnerId } : {}) },
    { citizenId: 1, joinedAt: 1 },
  )
    .sort({ joinedAt: 1, _id: 1 })
    .lean();
  const citizens = new Map((await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1, phone: 1, reachable: 1 }).lean()).map((c) => [c._id, c]));
  const wishers: GroupWisher[] = [];
  for (const e of entries) {
    // Her seat as she could move it herself: a group with a lesson to come.
    const seat = await seatOf(e.citizenId!, String(e._id), now);
    if (!seat || seat.wantsTime !== group.timeOfDay) continue;
    const citizen = citizens.get(e.citizenId!);
    const blocked = hasTelegram(e.citizenId!) && citizen?.reachable === false;
    wishers.push({
      seat, citizenId: e.citizenId!, name: singleLine(citizen?.name ?? '—'), joinedAt: e.joinedAt, telegram: hasTelegram(e.citizenId!) && !blocked,
      ...(citizen?.phone ? { phone: citizen.phone } : {}), ...(blocked ? { blocked: citizen?.phone ? { phone: phoneToRead(citizen.phone) } : {} } : {}),
    });
  }
  return wishers;
}

/**
 * A seat of this group is free (offerFreeSeats, before it offers the line): those who asked for its time of day move in
 * first, while they waited longer than `firstInLine` (the line's first) and their group still takes newcomers (so the
 * seat they leave is offered on). How many moved.
 */
export async function movesWishedFirst(group: { _id: Types.ObjectId }, firstInLine: Date | undefined, now: Date, options: OfferOptions): Promise<number> {
  let moved = 0;
  for (const wisher of await wishersFor(String(group._id), now)) {
    if (firstInLine && wisher.joinedAt.getTime() > firstInLine.getTime()) break;
    if (!(await joiningLesson(wisher.seat.groupId, now))) continue;
    // The settings whole: a group whose librarian left is told to the coordinators, before the offers job hands it over.
    const result = await moveSeat(wisher.citizenId, wisher.seat, String(group._id), now, options, { kind: 'wish' });
    if (result === 'full') break;
    if (result !== 'moved') continue;
    moved++;
    await tellMoved(wisher, String(group._id), 'wish', now);
  }
  return moved;
}

/**
 * A librarian moves someone who asked for this group's time of day into it («➕ Записать человека»): the group must be
 * hers, open, with a lesson to come and a seat nobody holds. Audited without names (moveSeat). 'no-lesson': not such a group.
 */
export async function moveByStaff(
  role: Role,
  actorId: number,
  groupId: string,
  entryId: string,
  now: Date,
  options: GroupMoveOptions,
): Promise<GroupMoveResult | 'no-lesson'> {
  const group = await putInGroup(role, groupId, now);
  if (!group) return 'no-lesson';
  const wisher = (await wishersFor(groupId, now)).find((w) => w.seat.entryId === entryId);
  if (!wisher) return 'gone';
  const result = await moveSeat(wisher.citizenId, wisher.seat, groupId, now, options, { kind: 'staff', id: actorId });
  if (result !== 'moved') return result;
  await tellMoved(wisher, groupId, 'library', now);
  return 'moved';
}

/** She is told in Telegram: where and when she goes now, and that the old seat is no longer hers. */
async function tellMoved(wisher: GroupWisher, groupId: string, by: 'wish' | 'library', now: Date) {
  if (!hasTelegram(wisher.citizenId)) return;
  const language = await languageOf(wisher.citizenId);
  const next = await nextLessonOf(wisher.citizenId, wisher.seat.entryId, now);
  const first = next ? formatLessonTime(next.startsAt, next.timeZone, language) : '';
  const vars = { ...(await offerVars(groupId, language, undefined, now)), first, to: wisher.seat.wantsTime ?? '', by, ...whoseVars(await whoseRecord(wisher.citizenId)) };
  await enqueue([{ key: `group-moved-told:${wisher.seat.entryId}:${groupId}`, citizenId: wisher.citizenId, priority: 'personal', message: { text: { key: 'moved-told', vars } } }], now);
}

/** She no longer wants the move (asked again in «🔁 Группа в другое время»): the wish is gone, her seat stays. */
export async function dropGroupWish(citizenId: number, entryId: string): Promise<void> {
  if (!isObjectId(entryId)) return;
  const entry = await WaitlistEntryModel.findOneAndUpdate({ _id: entryId, citizenId }, { $unset: { wantsTime: 1, wantsTimeAt: 1 } }).lean();
  if (entry) callListsChanged([entry.centerId]);
}
