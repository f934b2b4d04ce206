import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { markAcceptTold } from './accept-notice.js';
import { describeCenter } from './catalog.js';
import { enrolDirectly, type EnrollResult } from './direct-enrolment.js';
import { isObjectId } from './ids.js';
import { languageOf, offerVars } from './offer-messages.js';
import { leavePutInCall } from './putin-calls.js';
import type { OfferOptions } from './offers.js';
import { centerScope, type Role } from './roles.js';
import { phoneToRead } from './phone.js';
import { singleLine } from './text.js';
import { formatLessonTime } from './time.js';
import { whoseRecord, whoseVars } from './whose-record.js';

/**
 * A librarian puts a person from the line into a group herself (walk s22 W22-12): offers stop an hour and a half
 * before the lesson a newcomer would start with (joining-lesson.ts), so a group made for today, or a walk-in at the
 * desk ten minutes before the class, could not be filled. The line is the one the offers use (this course at this
 * center; a closed group's: its partner's people here), in its order; taking someone out of turn is her decision, made
 * knowingly (how many wait ahead is said before she confirms).
 */

export interface PutInGroup {
  id: string;
  courseId: string;
  centerId: string;
  capacity: number;
  /** Seats nobody holds (offered seats are held). */
  freeSeats: number;
  /** The lesson a person put in now starts with: the next one not yet begun. */
  firstLesson: Date;
  /** Scheduled lessons already begun (a person put in now misses them), and all of them. */
  missed: number;
  lessons: number;
  timeZone: string;
}

export interface LinePerson {
  entryId: string;
  citizenId: number;
  name: string;
  /** Their stored phone, to tell namesakes apart (probe31 M2). */
  phone?: string;
  /** Their place in line while waiting (1-based); none while a seat is offered to them. */
  place?: number;
  /** A live seat offer they hold: for this group, or for another one of the course. */
  offer?: 'here' | 'elsewhere';
  /** The bot can write to them: Telegram, and the bot not blocked. */
  telegram: boolean;
  /** Telegram, but the bot is blocked (probe s23 M8): the librarian phones them; their phone when we have it. */
  blocked?: { phone?: string };
  /** People waiting ahead of them in line. */
  ahead: number;
}

/** The group, if it is the role's, open and with a lesson still to come; null otherwise. */
export async function putInGroup(role: Role, groupId: string, now: Date): Promise<PutInGroup | null> {
  if (!isObjectId(groupId)) return null;
  const group = await ClassGroupModel.findOne({ _id: groupId, status: 'open', ...centerScope(role) }).lean();
  if (!group) return null;
  const lessons = await LessonModel.find({ groupId: group._id, status: 'scheduled' }, { startsAt: 1 }).sort({ startsAt: 1 }).lean();
  const next = lessons.find((l) => l.startsAt > now);
  if (!next) return null;
  const center = await describeCenter(group.centerId);
  return {
    id: String(group._id), courseId: group.courseId, centerId: group.centerId, capacity: group.capacity,
    freeSeats: group.freeSeats ?? 0, firstLesson: next.startsAt, missed: lessons.indexOf(next), lessons: lessons.length, timeZone: center?.timeZone ?? 'Asia/Novokuznetsk',
  };
}

/**
 * Why a put-in confirmation no longer loads, for the librarian's answer (probe37): the person is in this group already
 * (pressed twice), its seats are gone since, or else not found (not her group, a forged person: nothing more said).
 */
export async function putInGone(role: Role, groupId: string, entryId: string, now: Date): Promise<'here' | 'full' | 'not-found'> {
  const group = await putInGroup(role, groupId, now);
  if (!group) return 'not-found';
  if (isObjectId(entryId) && (await WaitlistEntryModel.exists({ _id: entryId, status: 'enrolled', groupId: group.id }))) return 'here';
  return group.freeSeats === 0 ? 'full' : 'not-found';
}

/**
 * Where a group's line is for staff: the center's for the course; a closed group's, its partner's people at this
 * center. The partner's people waiting at its other centers are not hers to see (probe s23 M6: /find hides them from
 * her); the partner's representative (/groups) and the offers still reach them.
 */
async function lineWhere(groupId: string): Promise<Record<string, unknown> | null> {
  const group = await ClassGroupModel.findById(groupId, { courseId: 1, centerId: 1, partnerId: 1 }).lean();
  if (!group) return null;
  return { courseId: group.courseId, centerId: group.centerId, ...(group.partnerId ? { partnerId: group.partnerId } : {}) };
}

/** Everyone in the group's line, waiting or holding an offer, in the line's order (longest waiting first). */
export async function lineFor(groupId: string): Promise<LinePerson[]> {
  const where = await lineWhere(groupId);
  if (!where) return [];
  const entries = await WaitlistEntryModel.find({ ...where, status: { $in: ['waiting', 'offered'] }, citizenId: { $exists: true } }, { citizenId: 1, status: 1, offer: 1 })
    .sort({ joinedAt: 1, _id: 1 })
    .lean();
  const citizens = new Map((await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1, phone: 1, reachable: 1 }).lean()).map((c) => [c._id, c]));
  let waiting = 0;
  return entries.map((e) => {
    const ahead = waiting;
    if (e.status === 'waiting') waiting++;
    const offer = e.status === 'offered' ? (String(e.offer?.groupId) === groupId ? 'here' : 'elsewhere') : undefined;
    const citizen = citizens.get(e.citizenId!);
    const blocked = hasTelegram(e.citizenId!) && citizen?.reachable === false;
    return {
      entryId: String(e._id), citizenId: e.citizenId!, name: singleLine(citizen?.name ?? '—'), telegram: hasTelegram(e.citizenId!) && !blocked, ahead,
      ...(citizen?.phone ? { phone: citizen.phone } : {}),
      ...(blocked ? { blocked: citizen?.phone ? { phone: phoneToRead(citizen.phone) } : {} } : {}),
      ...(offer ? { offer } : { place: ahead + 1 }),
    };
  });
}

/**
 * Puts the person into the group at once: a free seat taken as the offers take one (or the seat already offered to
 * them here); an offer they held elsewhere closes and that seat goes on to the next person. Someone with Telegram is
 * told in one message. 'no-lesson': the group is not hers, closed, or has no lesson to come.
 */
export async function enrolByStaff(
  role: Role,
  actor: { id: number; name: string },
  groupId: string,
  entryId: string,
  now: Date,
  options: OfferOptions,
): Promise<EnrollResult | 'no-lesson'> {
  const group = await putInGroup(role, groupId, now);
  const where = group && (await lineWhere(group.id));
  if (!group || !where) return 'no-lesson';
  const ahead = (await lineFor(group.id)).find((p) => p.entryId === entryId)?.ahead ?? 0;
  const result = await enrolDirectly(
    { actor, groupId, entryId, groupWhere: { centerId: group.centerId }, entryWhere: where, fromOtherOffer: true, audit: { action: 'staff.enroll', details: { ahead } } },
    now,
    options,
  );
  if (result === 'enrolled') await tellEnrolled(entryId, group, actor.id, now);
  return result;
}

/** "The library put you into the group": the course, the first lesson for them, the address (a person with Telegram). */
async function tellEnrolled(entryId: string, group: PutInGroup, actorId: number, now: Date) {
  const entry = await WaitlistEntryModel.findById(entryId, { citizenId: 1 }).lean();
  const citizenId = entry?.citizenId;
  if (typeof citizenId !== 'number') return;
  await leaveCall(entryId, citizenId, group, actorId, now);
  if (!hasTelegram(citizenId)) return;
  const language = await languageOf(citizenId);
  const first = formatLessonTime(group.firstLesson, group.timeZone, language);
  const vars = { ...(await offerVars(group.id, language, undefined, now)), first, ...whoseVars(await whoseRecord(citizenId)) };
  await enqueue([{ key: `putin:${entryId}:${now.getTime()}`, citizenId, priority: 'personal', message: { text: { key: 'cls-putin-told', vars } } }], now);
  // The offer they may still have for this group: a press on its "I'll come" now says they are in, not tells them again.
  await markAcceptTold(entryId, now);
}

const HOUR_MS = 3600_000;

/**
 * Someone the bot cannot write to (no Telegram, or the bot blocked) is a call for the librarians of the group's center,
 * on the group's put-in list (putin-calls.ts; probe s23 M8: nobody told them, and no call was left to make).
 * Not for the walk-in she registered at her desk within the hour (/add, then put in): she is telling them herself.
 */
async function leaveCall(entryId: string, citizenId: number, group: PutInGroup, actorId: number, now: Date) {
  const citizen = await CitizenModel.findById(citizenId, { reachable: 1, phone: 1, consent: 1 }).lean();
  // Blocked and no phone: nothing to call (the confirmation said so: she tells them herself).
  if ((hasTelegram(citizenId) && citizen?.reachable !== false) || !citizen?.phone) return;
  const recorded = citizen?.consent?.recordedBy === actorId ? citizen.consent.recordedAt : undefined;
  if (recorded && recorded.getTime() > now.getTime() - HOUR_MS) return;
  await leavePutInCall(group, citizenId, actorId, now);
}
