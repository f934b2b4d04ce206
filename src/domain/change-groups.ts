import type { Types } from 'mongoose';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { describeCenter } from './catalog.js';
import { isObjectId } from './ids.js';
import { centerScope, type Role } from './roles.js';

/**
 * The groups a schedule change (changes.ts) can apply to, as the /change flow shows them: open groups with their
 * lessons still to come, who would be told, and how many lessons were held already.
 */

/** Plain JSON (safe to return from conversation.external). */
export interface GroupForChange {
  id: string;
  courseId: string;
  centerId: string;
  timeZone: string;
  room: string;
  /** The room in English words (/newclass), for English readers. */
  roomEn?: string;
  /** Who will be told: enrolled participants and people holding an open seat offer for the group. */
  participants: number;
  /** Scheduled lessons not yet started, in date order (ISO instants). */
  lessons: Array<{ id: string; index: number; startsAt: string; durationMinutes: number }>;
  /** Scheduled lessons already begun: whether cancelling the last one to come cancels the group or ends it (lastLessonCancel). */
  held: number;
}

/**
 * Another lesson of the group under way at `startsAt` or during the moved lesson (walk s20 #27: a lesson was moved
 * onto another one of its group, and both were said to be at the same time); undefined when the time is free.
 */
export function lessonInTheWay(lessons: GroupForChange['lessons'], movedId: string, startsAt: string): GroupForChange['lessons'][number] | undefined {
  const moved = lessons.find((l) => l.id === movedId);
  const start = new Date(startsAt).getTime();
  const end = start + (moved?.durationMinutes ?? 0) * 60_000;
  return lessons.find((l) => {
    if (l.id === movedId) return false;
    const from = new Date(l.startsAt).getTime();
    return start < from + l.durationMinutes * 60_000 && from < Math.max(end, start + 1);
  });
}

/** Open groups the role may change, with their lessons still to come. */
export async function changeableGroups(role: Role, now: Date): Promise<GroupForChange[]> {
  const groups = await ClassGroupModel.find({ status: 'open', ...centerScope(role) }).sort({ createdAt: -1 }).limit(30).lean();
  // Three reads for the whole list, not four per group (up to 30 groups on one screen).
  const ids = groups.map((g) => g._id);
  const [enrolled, offered, lessons, held] = await Promise.all([
    WaitlistEntryModel.find({ groupId: { $in: ids }, status: 'enrolled' }, { groupId: 1 }).lean(),
    WaitlistEntryModel.find(openOffers(ids, now), { offer: 1 }).lean(),
    LessonModel.find({ groupId: { $in: ids }, status: 'scheduled', startsAt: { $gt: now } }, { groupId: 1, index: 1, startsAt: 1, durationMinutes: 1 }).sort({ startsAt: 1 }).lean(),
    LessonModel.find({ groupId: { $in: ids }, status: 'scheduled', startsAt: { $lte: now } }, { groupId: 1 }).lean(),
  ]);
  const views = await Promise.all(
    groups.map(async (group) => {
      const own = (row: { groupId?: Types.ObjectId | null }) => String(row.groupId) === String(group._id);
      const toldOf = enrolled.filter(own).length + offered.filter((e) => own({ groupId: e.offer?.groupId })).length;
      return view(group, toldOf, lessons.filter(own), held.filter(own).length);
    }),
  );
  return views.filter((v) => v.lessons.length > 0);
}

export async function groupForChange(groupId: string, now: Date): Promise<GroupForChange | null> {
  if (!isObjectId(groupId)) return null;
  const group = await ClassGroupModel.findById(groupId).lean();
  if (!group || group.status !== 'open') return null;
  const [enrolled, offered, lessons, held] = await Promise.all([
    WaitlistEntryModel.countDocuments({ groupId: group._id, status: 'enrolled' }),
    WaitlistEntryModel.countDocuments(openOffers([group._id], now)),
    LessonModel.find({ groupId: group._id, status: 'scheduled', startsAt: { $gt: now } }, { index: 1, startsAt: 1, durationMinutes: 1 }).sort({ startsAt: 1 }).lean(),
    LessonModel.countDocuments({ groupId: group._id, status: 'scheduled', startsAt: { $lte: now } }),
  ]);
  return view(group, enrolled + offered, lessons, held);
}

/** Entries holding an offer of one of these groups they can still accept: the offer message shows the group's times. */
export const openOffers = (groupIds: Array<Types.ObjectId | string>, now: Date) => ({
  status: 'offered' as const,
  'offer.groupId': { $in: groupIds },
  'offer.expiresAt': { $gt: now },
});

type GroupRow = { _id: Types.ObjectId; courseId: string; centerId: string; room: string; roomEn?: string | null };

/** One group as the change flow shows it; its center's time zone comes from the catalog (read once, cached). */
type LessonRow = { _id: Types.ObjectId; index: number; startsAt: Date; durationMinutes: number };
async function view(group: GroupRow, participants: number, lessons: LessonRow[], held: number): Promise<GroupForChange> {
  const center = await describeCenter(group.centerId);
  return {
    id: String(group._id),
    courseId: group.courseId,
    centerId: group.centerId,
    timeZone: center?.timeZone ?? 'Asia/Novokuznetsk',
    room: group.room,
    ...(group.roomEn ? { roomEn: group.roomEn } : {}),
    participants,
    lessons: lessons.map((l) => ({ id: String(l._id), index: l.index, startsAt: l.startsAt.toISOString(), durationMinutes: l.durationMinutes })),
    held,
  };
}
