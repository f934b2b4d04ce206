import type { Types } from 'mongoose';
import { LessonModel } from '../../db/models/lesson.js';
import { PartnerModel } from '../../db/models/partner.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { onRoster } from '../joining-lesson.js';

/**
 * The partner breakdown of /stats: per partner and period, how many people it
 * referred (joined in the period), how many were enrolled and completed a
 * course in it, and the no-show rate over the lessons marked in it. Forgotten
 * people no longer count (/forget removes the entry's partner).
 */
export interface PartnerStatsRow {
  partnerId: string;
  name: string;
  active: boolean;
  referred: number;
  enrolled: number;
  completed: number;
  expected: number;
  absent: number;
  noShowRate?: number;
}

/** Periods offered, in days; 0 is "all time". */
export const PARTNER_STATS_PERIODS = [30, 90, 365, 0] as const;
const DAY_MS = 24 * 3600_000;

type Entry = { _id: Types.ObjectId; partnerId?: Types.ObjectId | null; citizenId?: number | null; status: string; joinedAt: Date; enrolledAt?: Date | null; completedAt?: Date | null; groupId?: Types.ObjectId | null };

export async function partnerStats(days: number, now: Date): Promise<PartnerStatsRow[]> {
  const since = days > 0 ? new Date(now.getTime() - days * DAY_MS) : new Date(0);
  const within = (at: Date | null | undefined) => !!at && at >= since && at <= now;
  const [partners, entries] = await Promise.all([
    PartnerModel.find({}, { name: 1, active: 1 }).lean(),
    WaitlistEntryModel.find(
      { partnerId: { $exists: true }, citizenId: { $exists: true } },
      { partnerId: 1, citizenId: 1, status: 1, joinedAt: 1, enrolledAt: 1, completedAt: 1, groupId: 1 },
    ).lean() as Promise<Entry[]>,
  ]);
  const inGroups = entries.filter((e) => e.groupId && (e.status === 'enrolled' || e.status === 'completed'));
  const lessons = await LessonModel.find(
    { groupId: { $in: [...new Set(inGroups.map((e) => String(e.groupId)))] }, status: 'scheduled', markedAt: { $exists: true }, startsAt: { $gte: since, $lte: now } },
    { groupId: 1, attendedIds: 1, startsAt: 1 },
  ).lean();
  const rows = partners.map((p): PartnerStatsRow => {
    const own = entries.filter((e) => String(e.partnerId) === String(p._id));
    let expected = 0;
    let absent = 0;
    for (const e of own.filter((x) => inGroups.includes(x))) {
      // Lessons held before they joined are not theirs (joining-lesson.ts onRoster).
      for (const lesson of lessons.filter((l) => String(l.groupId) === String(e.groupId) && onRoster(e.enrolledAt, l.startsAt))) {
        expected++;
        if (!lesson.attendedIds.includes(e.citizenId!)) absent++;
      }
    }
    return {
      partnerId: String(p._id),
      name: p.name,
      active: p.active,
      referred: own.filter((e) => within(e.joinedAt)).length,
      enrolled: own.filter((e) => within(e.enrolledAt)).length,
      completed: own.filter((e) => within(e.completedAt)).length,
      expected,
      absent,
      ...(expected > 0 ? { noShowRate: absent / expected } : {}),
    };
  });
  return rows.sort((a, b) => b.referred - a.referred || a.name.localeCompare(b.name, 'ru'));
}
