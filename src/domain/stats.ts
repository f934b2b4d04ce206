import { ClassGroupModel } from '../db/models/class-group.js';
import { DeliveryModel } from '../db/models/delivery.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';

/** Which centers the numbers cover: undefined = every center (a coordinator). */
export type StatsScope = { centerIds?: string[] };

export interface WeekBucket {
  /** Monday 00:00 UTC of the week (ISO date, e.g. "2026-11-16"). */
  weekStart: string;
  signups: number;
  enrollments: number;
}

export interface StatsReport {
  /** Waiting per center, largest first. */
  waitingByCenter: Array<{ centerId: string; waiting: number }>;
  /** Waiting per course, largest first. */
  waitingByCourse: Array<{ courseId: string; waiting: number }>;
  totalWaiting: number;
  /** The last 8 weeks, oldest first (the current week last). */
  weeks: WeekBucket[];
  /** Median days from joining the list to enrollment; undefined without enrollments. */
  medianWaitDays?: number;
  /** Offers made (one outbox message per offer) and accepted (entries enrolled). */
  offers: { made: number; accepted: number; rate?: number };
  /** Expected attendances (participants × marked lessons) and absences. */
  attendance: { expected: number; absent: number; noShowRate?: number };
  completions: number;
}

export const WEEKS = 8;
const DAY_MS = 24 * 3600 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Monday 00:00 UTC of the week containing `date`. */
export function weekStart(date: Date): Date {
  const day = Math.floor(date.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: day 4 of a Monday-based week is index 3.
  const mondayOffset = (day + 3) % 7;
  return new Date((day - mondayOffset) * DAY_MS);
}

const scopeFilter = (scope: StatsScope) => (scope.centerIds ? { centerId: { $in: scope.centerIds } } : {});

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : undefined);

/**
 * The numbers behind /stats. Only simple $match/$group pipelines and
 * projections (the test server has no $facet/$lookup/$dateToString); the
 * weekly buckets and the median are computed here.
 */
export async function computeStats(scope: StatsScope, now: Date): Promise<StatsReport> {
  const inScope = scopeFilter(scope);
  const since = new Date(weekStart(now).getTime() - (WEEKS - 1) * WEEK_MS);
  const [waitingGroups, recentJoins, enrolledRows, completions] = await Promise.all([
    WaitlistEntryModel.aggregate<{ _id: { center: string; course: string }; n: number }>([
      { $match: { ...inScope, status: 'waiting' } },
      { $group: { _id: { center: '$centerId', course: '$courseId' }, n: { $sum: 1 } } },
    ]),
    WaitlistEntryModel.find({ ...inScope, joinedAt: { $gte: since } }, { _id: 0, joinedAt: 1 }).lean(),
    WaitlistEntryModel.find({ ...inScope, enrolledAt: { $exists: true } }, { joinedAt: 1, enrolledAt: 1 }).lean(),
    WaitlistEntryModel.countDocuments({ ...inScope, status: 'completed' }),
  ]);

  const byCenter = new Map<string, number>();
  const byCourse = new Map<string, number>();
  for (const { _id, n } of waitingGroups) {
    byCenter.set(_id.center, (byCenter.get(_id.center) ?? 0) + n);
    byCourse.set(_id.course, (byCourse.get(_id.course) ?? 0) + n);
  }
  const sortDesc = <K extends string>(map: Map<string, number>, key: K) =>
    [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, waiting]) => ({ [key]: id, waiting }) as Record<K, string> & { waiting: number });

  const weeks: WeekBucket[] = Array.from({ length: WEEKS }, (_, i) => ({
    weekStart: new Date(since.getTime() + i * WEEK_MS).toISOString().slice(0, 10),
    signups: 0,
    enrollments: 0,
  }));
  const bucketOf = (at: Date) => Math.floor((at.getTime() - since.getTime()) / WEEK_MS);
  for (const { joinedAt } of recentJoins) {
    const bucket = weeks[bucketOf(joinedAt)];
    if (bucket) bucket.signups++;
  }
  const waits: number[] = [];
  for (const { joinedAt, enrolledAt } of enrolledRows) {
    if (!enrolledAt) continue;
    waits.push((enrolledAt.getTime() - joinedAt.getTime()) / DAY_MS);
    const bucket = enrolledAt >= since ? weeks[bucketOf(enrolledAt)] : undefined;
    if (bucket) bucket.enrollments++;
  }
  const medianWait = median(waits);

  const [offers, attendance] = await Promise.all([offerCounts(inScope, enrolledRows.length), attendanceCounts(inScope, now)]);
  return {
    waitingByCenter: sortDesc(byCenter, 'centerId'),
    waitingByCourse: sortDesc(byCourse, 'courseId'),
    totalWaiting: [...byCenter.values()].reduce((a, b) => a + b, 0),
    weeks,
    ...(medianWait !== undefined ? { medianWaitDays: Math.round(medianWait * 10) / 10 } : {}),
    offers,
    attendance,
    completions,
  };
}

/**
 * Every seat offer leaves one outbox message keyed `offer:<entryId>:<offeredAtMs>`
 * (the outbox contract), so offers made are counted there; an accepted offer
 * is an entry that reached enrollment.
 */
async function offerCounts(inScope: Record<string, unknown>, enrolled: number): Promise<StatsReport['offers']> {
  const keys = await DeliveryModel.find({ key: /^offer:/ }, { _id: 0, key: 1 }).lean();
  let made = keys.length;
  if (inScope.centerId && made > 0) {
    const entryIds = [...new Set(keys.map((k) => k.key.split(':')[1]!))].filter((id) => /^[0-9a-f]{24}$/.test(id));
    const inCenters = new Set(
      (await WaitlistEntryModel.find({ _id: { $in: entryIds }, ...inScope }, { _id: 1 }).lean()).map((e) => String(e._id)),
    );
    made = keys.filter((k) => inCenters.has(k.key.split(':')[1]!)).length;
  }
  const accepted = Math.min(enrolled, made);
  const rate = ratio(accepted, made);
  return { made, accepted, ...(rate !== undefined ? { rate } : {}) };
}

/** Lessons already held whose attendance was marked, against the group's participants. */
async function attendanceCounts(inScope: Record<string, unknown>, now: Date): Promise<StatsReport['attendance']> {
  const groups = await ClassGroupModel.find({ ...inScope, status: { $ne: 'cancelled' } }, { _id: 1 }).lean();
  if (groups.length === 0) return { expected: 0, absent: 0 };
  const groupIds = groups.map((g) => g._id);
  const [lessons, participants] = await Promise.all([
    LessonModel.find(
      { groupId: { $in: groupIds }, status: 'scheduled', startsAt: { $lte: now }, markedAt: { $exists: true } },
      { groupId: 1, attendedIds: 1 },
    ).lean(),
    WaitlistEntryModel.find({ groupId: { $in: groupIds }, status: { $in: ['enrolled', 'completed'] } }, { groupId: 1, citizenId: 1 }).lean(),
  ]);
  const rosters = new Map<string, number[]>();
  for (const p of participants) {
    if (p.citizenId === undefined || p.citizenId === null) continue;
    const key = String(p.groupId);
    rosters.set(key, [...(rosters.get(key) ?? []), p.citizenId]);
  }
  let expected = 0;
  let absent = 0;
  for (const lesson of lessons) {
    const roster = rosters.get(String(lesson.groupId)) ?? [];
    const present = new Set(lesson.attendedIds);
    expected += roster.length;
    absent += roster.filter((id) => !present.has(id)).length;
  }
  const noShowRate = ratio(absent, expected);
  return { expected, absent, ...(noShowRate !== undefined ? { noShowRate } : {}) };
}
