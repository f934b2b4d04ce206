import { Types } from 'mongoose';
import { CitizenModel } from '../../db/models/citizen.js';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { LessonModel } from '../../db/models/lesson.js';
import { PartnerModel } from '../../db/models/partner.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { defineCallbackData, OBJECT_ID } from '../callback-data.js';
import { isObjectId } from '../ids.js';
import { enrolDirectly, type EnrollResult } from '../direct-enrolment.js';
import { joiningLesson, onRoster } from '../joining-lesson.js';
import { digestedOfferCall, tellPartnerPutIn } from './put-in-note.js';
import type { OfferOptions } from '../offer-options.js';

/**
 * A partner fills its closed group with names: its people without Telegram
 * (registered with /add) cannot get a seat offer in the bot, so the
 * representative puts them into the group directly. People with Telegram get
 * the offer as usual (offers.ts) and answer it themselves.
 */
export interface ClosedGroupView {
  id: string;
  courseId: string;
  centerId: string;
  room: string;
  capacity: number;
  freeSeats: number;
  firstLessonAt?: string;
  /** Each lesson whose attendance is marked, in order: who came of those on its roster (walk s22 W22-21). */
  marked: Array<{ index: number; startsAt: string; came: number; of: number }>;
}

export interface Candidate {
  entryId: string;
  citizenId: number;
  name: string;
  /** A seat of this group is already offered to them (a librarian is to call): putting them in takes that seat. */
  held: boolean;
  /** Held, and with a phone: the library calls them, not the partner (walk34 W34-17). */
  called: boolean;
}

/** The partner's open closed groups, oldest first. */
export async function listClosedGroups(partnerId: string): Promise<ClosedGroupView[]> {
  if (!isObjectId(partnerId)) return [];
  const groups = await ClassGroupModel.find({ partnerId, status: 'open' }).sort({ createdAt: 1 }).lean();
  const groupIds = groups.map((g) => g._id);
  const [lessons, people] = await Promise.all([
    LessonModel.find({ groupId: { $in: groupIds }, status: 'scheduled' }, { groupId: 1, index: 1, startsAt: 1, attendedIds: 1, markedAt: 1 }).sort({ index: 1 }).lean(),
    WaitlistEntryModel.find({ groupId: { $in: groupIds }, status: { $in: ['enrolled', 'completed'] } }, { groupId: 1, citizenId: 1, enrolledAt: 1 }).lean(),
  ]);
  return groups.map((g) => {
    const own = lessons.filter((l) => String(l.groupId) === String(g._id));
    const first = own.map((l) => l.startsAt.getTime()).sort((a, b) => a - b)[0];
    const members = people.filter((p) => String(p.groupId) === String(g._id));
    // A lesson's roster leaves out who joined after it began (onRoster), as /attendance does.
    const marked = own.filter((l) => l.markedAt).map((l) => {
      const roster = new Set(members.flatMap((p) => (typeof p.citizenId === 'number' && onRoster(p.enrolledAt, l.startsAt) ? [p.citizenId] : [])));
      return { index: l.index, startsAt: l.startsAt.toISOString(), came: l.attendedIds.filter((id) => roster.has(id)).length, of: roster.size };
    });
    return {
      id: String(g._id), courseId: g.courseId, centerId: g.centerId, room: g.room, capacity: g.capacity, freeSeats: g.freeSeats ?? 0,
      ...(first ? { firstLessonAt: new Date(first).toISOString() } : {}),
      marked,
    };
  });
}

/**
 * The courses of the partner's open groups that still take its people (a seat free, newcomers still joining), oldest
 * group first: a person who opens the partner's referral link sees them first (walk s22 W22-15).
 */
export async function coursesOpenForPartner(partnerId: string, now: Date): Promise<string[]> {
  const courses: string[] = [];
  for (const g of await listClosedGroups(partnerId)) {
    if (g.freeSeats > 0 && !courses.includes(g.courseId) && (await joiningLesson(g.id, now))) courses.push(g.courseId);
  }
  return courses;
}

/** One of the partner's open closed groups, or null (another partner's, released, finished). */
export async function findClosedGroup(partnerId: string, groupId: string): Promise<ClosedGroupView | null> {
  if (!isObjectId(groupId)) return null;
  return (await listClosedGroups(partnerId)).find((g) => g.id === groupId) ?? null;
}

/**
 * The partner's people without Telegram for the group's course, longest waiting first: those waiting, and those
 * a seat of this very group is offered to (the offer comes the moment a seat is free; a librarian would call them
 * while the representative has them at hand: walk s20 #17).
 */
export async function listCandidates(partnerId: string, group: ClosedGroupView): Promise<Candidate[]> {
  const offeredHere = { status: 'offered' as const, 'offer.groupId': new Types.ObjectId(group.id) };
  const entries = await WaitlistEntryModel.find(
    { partnerId, courseId: group.courseId, citizenId: { $lt: 0 }, $or: [{ status: 'waiting' }, offeredHere] },
    { citizenId: 1, joinedAt: 1, status: 1 },
  )
    .sort({ joinedAt: 1, _id: 1 })
    .lean();
  const people = new Map((await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1, phone: 1 }).lean()).map((c) => [c._id, c]));
  return entries.map((e) => {
    const person = people.get(e.citizenId!);
    return { entryId: String(e._id), citizenId: e.citizenId!, name: person?.name ?? '—', held: e.status === 'offered', called: e.status === 'offered' && !!person?.phone };
  });
}

/**
 * "➕ Put into the group" under a representative's /add when the organization's group has a seat free: the entry's id
 * (walk s22 W22-16). Answered in src/bot/features/partners/closed-groups.ts.
 */
export const addedSeatData = defineCallbackData('pseat', ['e'], OBJECT_ID);

/** One of the partner's open groups for this course has a seat free (its people are put in by the representative). */
export async function partnerGroupHasSeat(partnerId: string, courseId: string): Promise<boolean> {
  if (!isObjectId(partnerId)) return false;
  return (await ClassGroupModel.exists({ partnerId, courseId, status: 'open', freeSeats: { $gt: 0 } })) !== null;
}

/**
 * Which of the partner's groups one of its people without Telegram goes into now: the one whose seat is offered to
 * them, else the oldest open one of their course with a seat free; with their name. Null: not theirs, or no seat.
 */
export async function groupForEntry(partnerId: string, entryId: string): Promise<{ groupId: string; name: string } | null> {
  if (!isObjectId(partnerId) || !isObjectId(entryId)) return null;
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, partnerId, status: { $in: ['waiting', 'offered'] }, citizenId: { $lt: 0 } }, { citizenId: 1, courseId: 1, status: 1, offer: 1 }).lean();
  if (!entry) return null;
  const groups = await listClosedGroups(partnerId);
  const held = entry.status === 'offered' && entry.offer?.groupId ? groups.find((g) => g.id === String(entry.offer!.groupId)) : undefined;
  const group = held ?? groups.find((g) => g.courseId === entry.courseId && g.freeSeats > 0);
  if (!group) return null;
  const name = (await CitizenModel.findById(entry.citizenId, { name: 1 }).lean())?.name ?? '—';
  return { groupId: group.id, name };
}

export type { EnrollResult } from '../direct-enrolment.js';

/**
 * Puts one of the partner's people without Telegram into its closed group (direct-enrolment.ts: a seat taken by a
 * conditional decrement, or the seat of this group already offered to them, its call task closed as answered by the
 * organization).
 */
export async function enrollDirectly(actorId: number, partnerId: string, groupId: string, entryId: string, now: Date, options: OfferOptions): Promise<EnrollResult> {
  if (!isObjectId(partnerId)) return 'gone';
  const partner = await PartnerModel.findById(partnerId, { name: 1 }).lean();
  const call = await digestedOfferCall(entryId);
  const result = await enrolDirectly(
    {
      actor: { id: actorId, name: partner?.name ?? '' },
      groupId,
      entryId,
      groupWhere: { partnerId },
      // People with Telegram answer the offer themselves.
      entryWhere: { partnerId, citizenId: { $lt: 0 } },
      audit: { action: 'partner.enroll', details: { partnerId } },
    },
    now,
    options,
  );
  // The librarians had this person on their call list: told the partner put them in (walk29 W29-13).
  if (result === 'enrolled' && call) await tellPartnerPutIn(call, partner?.name ?? '', now);
  return result;
}
