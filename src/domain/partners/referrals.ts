import type { Types } from 'mongoose';
import { CitizenModel } from '../../db/models/citizen.js';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { LessonModel } from '../../db/models/lesson.js';
import { WaitlistEntryModel, type EntryStatus } from '../../db/models/waitlist-entry.js';
import { positionOf } from '../waitlist.js';
import { isObjectId } from './partners.js';

/**
 * What became of a partner's referrals: one row per entry of a person it
 * referred, for its representatives (/referrals) and coordinators. Forgotten
 * people are gone from it (/forget removes the entry's partner with the citizen id).
 */
export interface ReferralView {
  entryId: string;
  name: string;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  /** Place in line while waiting. */
  position?: number;
  /** The group offered (offered) or joined (enrolled, completed). */
  group?: { centerId: string; room: string; firstLessonAt?: string };
  offerUntil?: string;
  /** Lessons marked so far in their group, and how many of them they came to. */
  lessonsMarked: number;
  attended: number;
}

const ORDER: Record<string, number> = { offered: 0, enrolled: 1, waiting: 2, completed: 3, left: 4, forgotten: 5 };

type Entry = {
  _id: Types.ObjectId;
  citizenId?: number | null;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  joinedAt: Date;
  groupId?: Types.ObjectId | null;
  offer?: { groupId?: Types.ObjectId | null; expiresAt?: Date | null } | null;
};

export async function listReferrals(partnerId: string): Promise<ReferralView[]> {
  if (!isObjectId(partnerId)) return [];
  const entries = (await WaitlistEntryModel.find({ partnerId, citizenId: { $exists: true } }).lean()) as Entry[];
  const groupIds = [...new Set(entries.flatMap((e) => [e.groupId, e.offer?.groupId].filter(Boolean).map(String)))];
  const [citizens, groups, lessons] = await Promise.all([
    CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1 }).lean(),
    ClassGroupModel.find({ _id: { $in: groupIds } }, { centerId: 1, room: 1 }).lean(),
    LessonModel.find({ groupId: { $in: groupIds }, status: 'scheduled' }, { groupId: 1, startsAt: 1, attendedIds: 1, markedAt: 1 }).lean(),
  ]);
  const names = new Map(citizens.map((c) => [c._id, c.name]));
  const rows = await Promise.all(
    entries.map(async (e): Promise<ReferralView> => {
      const groupId = String(e.groupId ?? e.offer?.groupId ?? '');
      const group = groups.find((g) => String(g._id) === groupId);
      const own = lessons.filter((l) => String(l.groupId) === groupId);
      const marked = e.groupId ? own.filter((l) => l.markedAt) : [];
      const first = own.map((l) => l.startsAt.getTime()).sort((a, b) => a - b)[0];
      return {
        entryId: String(e._id),
        name: names.get(e.citizenId!) ?? '—',
        courseId: e.courseId,
        centerId: e.centerId,
        status: e.status,
        ...(e.status === 'waiting' ? { position: await positionOf(e) } : {}),
        ...(group ? { group: { centerId: group.centerId, room: group.room, ...(first ? { firstLessonAt: new Date(first).toISOString() } : {}) } } : {}),
        ...(e.status === 'offered' && e.offer?.expiresAt ? { offerUntil: e.offer.expiresAt.toISOString() } : {}),
        lessonsMarked: marked.length,
        attended: marked.filter((l) => l.attendedIds.includes(e.citizenId!)).length,
      };
    }),
  );
  const joined = new Map(entries.map((e) => [String(e._id), e.joinedAt.getTime()]));
  return rows.sort((a, b) => (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9) || joined.get(a.entryId)! - joined.get(b.entryId)!);
}
