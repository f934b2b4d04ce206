import { isDuplicateKey } from '../db/duplicates.js';
import { Types } from 'mongoose';
import { CenterModel } from '../db/models/center.js';
import { CourseModel } from '../db/models/course.js';
import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { activeKeyOf, WaitlistEntryModel, type EntryStatus, type TimeOfDay } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter } from './catalog.js';
import { MAIN_CENTER_ID } from './help.js';
import { activePartnerName } from './partners/referral-code.js';
import { tellPartnerLeftLine } from './partners/seat-given-up-partner.js';
import { storablePhone } from './phone.js';
import { singleLine } from './text.js';

export interface JoinRequest {
  citizenId: number;
  language: Locale;
  name: string;
  phone?: string;
  consentVersion: string;
  courseId: string;
  centerId: string;
  timeOfDay: TimeOfDay;
  /** The partner organization that referred them (its referral link or its representative). */
  partnerId?: string;
}

/** A plain view of an entry, safe to return from conversation.external(). */
export interface EntryView {
  id: string;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  /** 1-based place among waiting entries for the same course and center; 0 when not waiting. */
  position: number;
  /** Weeks to wait, from the center's recent enrollments; undefined without history. */
  estimatedWeeks?: number;
}

export type JoinResult =
  | { outcome: 'joined'; entry: EntryView }
  | { outcome: 'already'; entry: EntryView }
  /** The center was deactivated while the citizen was choosing: nothing was stored. */
  | { outcome: 'center-closed' }
  /** The course stopped being offered (/courses) while the citizen was choosing: nothing was stored. */
  | { outcome: 'course-closed' };

/** A center a coordinator deactivated takes no new entries (see centers-admin.ts setCenterActive). */
const isDeactivated = async (centerId: string) => (await CenterModel.exists({ _id: centerId, active: false })) !== null;

/** A course a coordinator stopped offering takes no new entries (see courses-admin.ts setCourseActive). */
const isStoppedCourse = async (courseId: string) => (await CourseModel.exists({ _id: courseId, active: false })) !== null;

/**
 * Stores the citizen (with consent) and puts them on the waiting list. One
 * active entry per citizen per course is guaranteed by a unique index, so a
 * double tap or a repeated update cannot create two.
 */
export async function joinWaitlist(typed: JoinRequest, now: Date): Promise<JoinResult> {
  // The scene cleans both already; here again, so that no other way in stores a forged name or a non-number.
  const phone = typed.phone === undefined ? undefined : storablePhone(typed.phone);
  if (typed.phone !== undefined && phone === undefined) throw new Error('joinWaitlist: not a valid phone number');
  const request: JoinRequest = { ...typed, name: singleLine(typed.name), ...(phone ? { phone } : {}) };
  if (await isDeactivated(request.centerId)) return { outcome: 'center-closed' };
  if (await isStoppedCourse(request.courseId)) return { outcome: 'course-closed' };
  const contact = {
    $set: { name: request.name, language: request.language, reachable: true, ...(request.phone ? { phone: request.phone } : {}) },
    ...(request.phone ? {} : { $unset: { phone: 1 } }),
  };
  // Consent already given to this very text in Telegram (a second course): its record, with the day it was given, stays.
  const consented = { _id: request.citizenId, 'consent.version': request.consentVersion, 'consent.method': { $ne: 'paper' as const } };
  const kept = await CitizenModel.updateOne(consented, contact);
  if (kept.matchedCount === 0) {
    await CitizenModel.updateOne(
      { _id: request.citizenId },
      { ...contact, $set: { ...contact.$set, consent: { version: request.consentVersion, givenAt: now } } },
      { upsert: true },
    );
  }
  try {
    const created = await WaitlistEntryModel.create({
      citizenId: request.citizenId,
      courseId: request.courseId,
      centerId: request.centerId,
      timeOfDay: request.timeOfDay,
      status: 'waiting',
      activeKey: activeKeyOf(request.citizenId, request.courseId),
      joinedAt: now,
      // Recorded only while the partner is active (deactivated meanwhile: joined without it).
      ...(request.partnerId && (await activePartnerName(request.partnerId)) !== undefined ? { partnerId: request.partnerId, referredAt: now } : {}),
    });
    return { outcome: 'joined', entry: await view(created) };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await WaitlistEntryModel.findOne({ activeKey: activeKeyOf(request.citizenId, request.courseId) }).lean();
    if (!existing) throw error;
    return { outcome: 'already', entry: await view(existing) };
  }
}

/** Every active entry of a citizen with its place in line. */
export async function listActiveEntries(citizenId: number, now: Date): Promise<EntryView[]> {
  const entries = await WaitlistEntryModel.find({ citizenId, activeKey: { $exists: true } }).sort({ joinedAt: 1 }).lean();
  return Promise.all(entries.map((entry) => view(entry, now)));
}

export async function findActiveEntry(citizenId: number, entryId: string) {
  if (!Types.ObjectId.isValid(entryId)) return null;
  return WaitlistEntryModel.findOne({ _id: entryId, citizenId, activeKey: { $exists: true } }).lean();
}

/** The citizen's active entry for a course (waiting, offered or enrolled), with its place in line; null when none. */
export async function findEntryForCourse(citizenId: number, courseId: string): Promise<EntryView | null> {
  const entry = await WaitlistEntryModel.findOne({ activeKey: activeKeyOf(citizenId, courseId) }).lean();
  return entry ? view(entry) : null;
}

/** Leaves the list; only a waiting entry can be left here (an offered seat is declined in its offer). */
export async function leaveWaitlist(citizenId: number, entryId: string, now: Date): Promise<boolean> {
  if (!Types.ObjectId.isValid(entryId)) return false;
  const left = await WaitlistEntryModel.findOneAndUpdate(
    { _id: entryId, citizenId, status: 'waiting' },
    { $set: { status: 'left', leftAt: now }, $unset: { activeKey: 1 } },
  );
  // A partner's person: the partner hears it, as of a seat given up or an offer declined (fix35f).
  if (left?.partnerId) await tellPartnerLeftLine(String(left.partnerId), citizenId, left.courseId, now);
  return left !== null;
}

/** The phone of the center an entry of this person is at (the program's main number when there is none). */
export async function entryCenterPhone(citizenId: number, entryId: string): Promise<string> {
  const entry = Types.ObjectId.isValid(entryId) ? await WaitlistEntryModel.findOne({ _id: entryId, citizenId }, { centerId: 1 }).lean() : null;
  const center = entry ? await describeCenter(entry.centerId) : undefined;
  return center?.phone ?? (await describeCenter(MAIN_CENTER_ID))?.phone ?? '';
}

/** Moves a waiting entry to another (open) center; the original join time (and so fairness) is kept. */
export async function moveToCenter(
  citizenId: number,
  entryId: string,
  centerId: string,
  /** A staff move: its follow-ups owed, written with the move (desk-move.ts). */
  staffMove?: { by: number; from: string; at: Date },
): Promise<EntryView | null> {
  if (!Types.ObjectId.isValid(entryId)) return null;
  if (await isDeactivated(centerId)) return null;
  const moved = await WaitlistEntryModel.findOneAndUpdate(
    { _id: entryId, citizenId, status: 'waiting' },
    { $set: { centerId, ...(staffMove ? { staffMove } : {}) } },
    { returnDocument: 'after' },
  ).lean();
  return moved ? view(moved) : null;
}

/** The place in line a waiting entry would have at another center (its join time is kept); null when it is not waiting. */
export async function positionIfMoved(citizenId: number, entryId: string, centerId: string): Promise<number | null> {
  const entry = await findActiveEntry(citizenId, entryId);
  return entry && entry.status === 'waiting' ? positionOf({ ...entry, centerId }) : null;
}

/** The next lesson of the group an enrolled entry belongs to: when (in the center's zone) and where. */
export async function nextLessonOf(citizenId: number, entryId: string, now: Date): Promise<{ startsAt: Date; timeZone: string; room: string; roomEn?: string } | undefined> {
  const ahead = await lessonsAheadOf(citizenId, entryId, now);
  return ahead && { startsAt: ahead.starts[0]!, timeZone: ahead.timeZone, room: ahead.room, ...(ahead.roomEn ? { roomEn: ahead.roomEn } : {}) };
}

/** Every lesson still to come of the group this person's entry has a seat in, soonest first (none: undefined). */
export async function lessonsAheadOf(citizenId: number, entryId: string, now: Date): Promise<{ starts: Date[]; timeZone: string; room: string; roomEn?: string } | undefined> {
  if (!Types.ObjectId.isValid(entryId)) return undefined;
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'enrolled' }, { groupId: 1 }).lean();
  if (!entry?.groupId) return undefined;
  const [group, lessons] = await Promise.all([
    ClassGroupModel.findById(entry.groupId, { room: 1, roomEn: 1, centerId: 1 }).lean(),
    LessonModel.find({ groupId: entry.groupId, status: 'scheduled', startsAt: { $gt: now } }).sort({ startsAt: 1 }).lean(),
  ]);
  if (!group || lessons.length === 0) return undefined;
  const center = await describeCenter(group.centerId);
  return { starts: lessons.map((l) => l.startsAt), timeZone: center?.timeZone ?? 'Asia/Novokuznetsk', room: group.room, ...(group.roomEn ? { roomEn: group.roomEn } : {}) };
}

type EntryLike = {
  _id: Types.ObjectId;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  joinedAt: Date;
};

/** Waiting entries ahead of this one (same course and center, earlier join; _id breaks ties). */
export async function positionOf(entry: EntryLike): Promise<number> {
  if (entry.status !== 'waiting') return 0;
  const ahead = await WaitlistEntryModel.countDocuments({
    courseId: entry.courseId,
    centerId: entry.centerId,
    status: 'waiting',
    $or: [{ joinedAt: { $lt: entry.joinedAt } }, { joinedAt: entry.joinedAt, _id: { $lt: entry._id } }],
  });
  return ahead + 1;
}

const HISTORY_WEEKS = 12;
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Fewer enrolments than this in the window say nothing yet (one small group would promise months): no estimate. */
const MIN_HISTORY = 5;

/**
 * Weeks until this place comes up, from how many people this center enrolled
 * for this course over the last 12 weeks; undefined while it has too little history.
 */
export async function estimateWeeks(entry: EntryLike, position: number, now: Date): Promise<number | undefined> {
  if (position === 0) return undefined;
  const enrolled = await WaitlistEntryModel.countDocuments({
    courseId: entry.courseId,
    centerId: entry.centerId,
    enrolledAt: { $gte: new Date(now.getTime() - HISTORY_WEEKS * WEEK_MS) },
  });
  if (enrolled < MIN_HISTORY) return undefined;
  return Math.max(1, Math.ceil(position / (enrolled / HISTORY_WEEKS)));
}

async function view(entry: EntryLike, now?: Date): Promise<EntryView> {
  const position = await positionOf(entry);
  const estimatedWeeks = now ? await estimateWeeks(entry, position, now) : undefined;
  return {
    id: String(entry._id),
    courseId: entry.courseId,
    centerId: entry.centerId,
    status: entry.status,
    position,
    ...(estimatedWeeks !== undefined ? { estimatedWeeks } : {}),
  };
}
