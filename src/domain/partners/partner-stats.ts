import type { Types } from 'mongoose';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { LessonModel } from '../../db/models/lesson.js';
import { PartnerModel } from '../../db/models/partner.js';
import { SeatOfferModel } from '../../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { onRoster } from '../joining-lesson.js';

/**
 * The partner breakdown of /stats: per partner and period, how many people it
 * referred in the period (the referral's day, not the place in line /import may move back: walk38 L2), how many people
 * took a seat in it (each once; `gaveBack`: of them, those who hold none now) and completed a course in it, and the
 * no-show rate over the lessons marked in it. Forgotten people no longer count (/forget removes the entry's partner).
 */
export interface PartnerStatsRow {
  partnerId: string;
  name: string;
  active: boolean;
  referred: number;
  enrolled: number;
  /** Of `enrolled`, the people who gave the seat back and hold none now. */
  gaveBack: number;
  completed: number;
  expected: number;
  absent: number;
  noShowRate?: number;
}

/** Periods offered, in days; 0 is "all time". */
export const PARTNER_STATS_PERIODS = [30, 90, 365, 0] as const;
const DAY_MS = 24 * 3600_000;

type Entry = { _id: Types.ObjectId; partnerId?: Types.ObjectId | null; citizenId?: number | null; courseId: string; status: string; joinedAt: Date; referredAt?: Date | null; enrolledAt?: Date | null; completedAt?: Date | null; groupId?: Types.ObjectId | null };

export async function partnerStats(days: number, now: Date): Promise<PartnerStatsRow[]> {
  const since = days > 0 ? new Date(now.getTime() - days * DAY_MS) : new Date(0);
  const within = (at: Date | null | undefined) => !!at && at >= since && at <= now;
  const [partners, entries] = await Promise.all([
    PartnerModel.find({}, { name: 1, active: 1 }).lean(),
    WaitlistEntryModel.find(
      { partnerId: { $exists: true }, citizenId: { $exists: true } },
      { partnerId: 1, citizenId: 1, courseId: 1, status: 1, joinedAt: 1, referredAt: 1, enrolledAt: 1, completedAt: 1, groupId: 1 },
    ).lean() as Promise<Entry[]>,
  ]);
  const inGroups = new Set(entries.filter((e) => e.groupId && (e.status === 'enrolled' || e.status === 'completed')));
  // The lessons of their groups now, and those they were marked absent at before leaving a group (walk30 W30-13).
  const lessons = await LessonModel.find(
    {
      $or: [{ groupId: { $in: [...new Set([...inGroups].map((e) => String(e.groupId)))] } }, { missedIds: { $in: [...new Set(entries.map((e) => e.citizenId!))] } }],
      status: 'scheduled', markedAt: { $exists: true }, startsAt: { $gte: since, $lte: now },
    },
    { groupId: 1, attendedIds: 1, missedIds: 1, startsAt: 1 },
  ).lean();
  // A seat taken in the period and given back since still counts as «записано» (as in /stats: walk35 finding 6).
  const seatsGivenBack = await SeatOfferModel.find({ entryId: { $in: entries.map((e) => e._id) }, seatedAt: { $gte: since, $lte: now } }, { _id: 0, entryId: 1 }).lean();
  const courseOf = new Map((await ClassGroupModel.find({ _id: { $in: [...new Set(lessons.map((l) => String(l.groupId)))] } }, { courseId: 1 }).lean()).map((g) => [String(g._id), g.courseId]));
  const rows = partners.map((p): PartnerStatsRow => {
    const own = entries.filter((e) => String(e.partnerId) === String(p._id));
    // Each of the partner's people once at a lesson, though two of her entries (referred twice) could name it.
    const expectedAt = new Set<string>();
    let absent = 0;
    for (const e of own) {
      // Lessons held before they joined are not theirs (joining-lesson.ts onRoster); an absence marked in a group of the
      // entry's course stays theirs after they left it.
      const theirs = lessons.filter((l) =>
        (inGroups.has(e) && String(l.groupId) === String(e.groupId) && onRoster(e.enrolledAt, l.startsAt)) ||
        (l.missedIds.includes(e.citizenId!) && courseOf.get(String(l.groupId)) === e.courseId));
      for (const lesson of theirs) {
        const key = `${e.citizenId}:${String(lesson._id)}`;
        if (expectedAt.has(key)) continue;
        expectedAt.add(key);
        if (!lesson.attendedIds.includes(e.citizenId!)) absent++;
      }
    }
    const expected = expectedAt.size;
    // People, not seats: one who took a seat, gave it back and took another is one (walk38 L2).
    const seated = new Set([...own.filter((e) => within(e.enrolledAt)), ...seatsGivenBack.flatMap((o) => own.filter((e) => String(e._id) === String(o.entryId)))].map((e) => e.citizenId));
    const holding = new Set(own.filter((e) => inGroups.has(e)).map((e) => e.citizenId));
    return {
      partnerId: String(p._id),
      name: p.name,
      active: p.active,
      referred: own.filter((e) => within(e.referredAt ?? e.joinedAt)).length,
      enrolled: seated.size,
      gaveBack: [...seated].filter((id) => !holding.has(id)).length,
      completed: own.filter((e) => within(e.completedAt)).length,
      expected,
      absent,
      ...(expected > 0 ? { noShowRate: absent / expected } : {}),
    };
  });
  return rows.sort((a, b) => b.referred - a.referred || a.name.localeCompare(b.name, 'ru'));
}
