import { performance } from 'node:perf_hooks';
import { ClassGroupModel } from '../db/models/class-group.js';
import { keysStartingWith } from '../outbox/index.js';
import { callOfferKeys } from './call-tasks.js';
import { onRoster } from './joining-lesson.js';
import { LessonModel } from '../db/models/lesson.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { fromJsonText, toJsonText } from '../db/json-text.js';
import { StatsSnapshotModel } from '../db/models/stats-snapshot.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { listEveryCenter } from './catalog.js';
import { median, shareAtMost, type WaitShare } from './stats-median.js';
import { toLocal } from './time.js';

export { shareAtMost, type WaitShare } from './stats-median.js';

/** Which centers the numbers cover: undefined = every center (a coordinator). */
export type StatsScope = { centerIds?: string[] };

export interface WeekBucket {
  /** Monday 00:00 UTC of the week (ISO date, e.g. "2026-11-16"). */
  weekStart: string;
  signups: number;
  enrollments: number;
}

export interface StatsReport {
  /** When the numbers were computed (ISO). */
  computedAt: string;
  /** Waiting per center, largest first. */
  waitingByCenter: Array<{ centerId: string; waiting: number }>;
  /** Waiting per course, largest first. */
  waitingByCourse: Array<{ courseId: string; waiting: number }>;
  totalWaiting: number;
  /** The last 8 weeks, oldest first (the current week last). */
  weeks: WeekBucket[];
  /** Median days from joining the list to enrollment; undefined without enrollments. */
  medianWaitDays?: number;
  /**
   * How many of the enrolled waited at most medianWaitDays (as shown, rounded): 'half' exactly, 'most' more than half,
   * 'all' everyone (walk34 W34-11: one person enrolled the same day was «Половина»). Absent with medianWaitDays.
   */
  medianWaitShare?: WaitShare;
  /**
   * Offers made (one outbox message per offer), accepted (their SeatOffer rows: a seat given back later counts, a seat
   * given by staff without an offer does not), and still waiting for an answer.
   */
  offers: { made: number; accepted: number; pending: number; rate?: number };
  /** Expected attendances (participants × marked lessons) and absences. */
  attendance: { expected: number; absent: number; noShowRate?: number };
  completions: number;
  /** The current year (in the region's time zone): who finished a course in it, and how many groups had lessons in it. */
  year: { year: number; finished: number; groups: number };
  /** Served from the snapshot the job stored (a region whose count takes long), not counted for this /stats. */
  stored?: boolean;
}

/** Per-center raw counts: any set of centers is merged from these. */
interface CenterCounts {
  waitingByCourse: Record<string, number>;
  signups: number[];
  enrollments: number[];
  waitDays: number[];
  enrolledEver: number;
  offersMade: number;
  /** Offers accepted, given back since or not (a snapshot older than this field: enrolledEver stands in). */
  offersAccepted?: number;
  /** Offers open now (a snapshot older than this field has none). */
  offersPending?: number;
  completions: number;
  /** By year ("2026", in the center's time zone): courses finished, groups with a lesson begun (older snapshots: none). */
  finishedByYear?: Record<string, number>;
  groupsByYear?: Record<string, number>;
  expected: number;
  absent: number;
}

export interface StatsSnapshot {
  computedAt: string;
  weekStarts: string[];
  centers: Record<string, CenterCounts>;
}

export const WEEKS = 8;
/** The region's time zone, where none is given (the year of /stats's totals). */
const REGION_TIME_ZONE = 'Asia/Novokuznetsk';
const DAY_MS = 24 * 3600 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** How often the job (src/jobs/admin) refreshes the snapshot; /stats tells the reader this number. */
export const STATS_REFRESH_MINUTES = 5;
/** /stats serves a snapshot up to this old; the job refreshes it more often. */
export const SNAPSHOT_MAX_AGE_MS = 10 * 60_000;
/**
 * A region whose count took less than this (/stats's goal: an answer within a second) is counted afresh for every
 * /stats: a snapshot minutes old beside the partner breakdown, always live, read as two different counts (walk30 W30-15).
 */
export const LIVE_BUILD_MS = 1000;

/** Monday 00:00 UTC of the week containing `date`. */
export function weekStart(date: Date): Date {
  const day = Math.floor(date.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is the days since Monday.
  return new Date((day - ((day + 3) % 7)) * DAY_MS);
}

const emptyCounts = (): CenterCounts => ({
  waitingByCourse: {}, signups: Array<number>(WEEKS).fill(0), enrollments: Array<number>(WEEKS).fill(0),
  waitDays: [], enrolledEver: 0, offersMade: 0, offersAccepted: 0, offersPending: 0, completions: 0, finishedByYear: {}, groupsByYear: {}, expected: 0, absent: 0,
});
function addTo(counts: Record<string, number> | undefined, key: string): void {
  if (counts) counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * One pass over the waiting list (a cursor with a projection, which every
 * supported server runs: docs/test-database.md), plus offers and marked lessons.
 */
export async function buildSnapshot(now: Date): Promise<StatsSnapshot> {
  const since = new Date(weekStart(now).getTime() - (WEEKS - 1) * WEEK_MS);
  const bucketOf = (at: Date) => Math.floor((at.getTime() - since.getTime()) / WEEK_MS);
  /** A seat taken: «Зачислены» of its week, and the wait before it. */
  const countSeat = (c: CenterCounts, joinedAt: Date | undefined, seatedAt: Date) => {
    // Never below 0 (walk31 W31-14: «-0,1 дня»): a join dated after the enrolment (a clock change, an imported date).
    if (joinedAt) c.waitDays.push(Math.max(0, Math.round(((seatedAt.getTime() - joinedAt.getTime()) / DAY_MS) * 10) / 10));
    if (seatedAt >= since && seatedAt <= now) c.enrollments[bucketOf(seatedAt)]! += 1;
  };
  const centers: Record<string, CenterCounts> = {};
  const of = (centerId: string) => (centers[centerId] ??= emptyCounts());
  const entryCenter = new Map<string, string>();
  const entryJoined = new Map<string, Date>();
  const rosters = new Map<string, Array<{ id: number; enrolledAt?: Date }>>();
  const zones = new Map((await listEveryCenter()).map((c) => [c.id, c.timeZone]));
  const yearAt = (centerId: string, at: Date) => String(toLocal(at, zones.get(centerId) ?? REGION_TIME_ZONE).year);

  const cursor = WaitlistEntryModel.collection.find(
    {},
    { projection: { centerId: 1, courseId: 1, status: 1, joinedAt: 1, enrolledAt: 1, completedAt: 1, groupId: 1, citizenId: 1, anonymousId: 1 }, batchSize: 5000 },
  );
  for await (const e of cursor) {
    const c = of(e.centerId as string);
    entryCenter.set(String(e._id), e.centerId as string);
    entryJoined.set(String(e._id), e.joinedAt as Date);
    const courseId = e.courseId as string;
    if (e.status === 'waiting') c.waitingByCourse[courseId] = (c.waitingByCourse[courseId] ?? 0) + 1;
    if (e.status === 'offered') c.offersPending = (c.offersPending ?? 0) + 1;
    // completedAt, not the status: a finished person forgotten later (/forget, retention) still counts.
    if (e.completedAt) {
      c.completions++;
      addTo(c.finishedByYear, yearAt(e.centerId as string, e.completedAt as Date));
    }
    const joinedAt = e.joinedAt as Date;
    if (joinedAt >= since) c.signups[bucketOf(joinedAt)]! += 1;
    const enrolledAt = e.enrolledAt as Date | undefined;
    if (enrolledAt) {
      c.enrolledEver++;
      countSeat(c, joinedAt, enrolledAt);
    }
    // A forgotten participant's attendance is kept under the entry's anonymousId (see forgetCitizen).
    const attendeeId = (e.citizenId ?? e.anonymousId) as number | undefined | null;
    if (e.groupId && attendeeId != null && (e.status === 'enrolled' || e.status === 'completed')) {
      const key = String(e.groupId);
      const roster = rosters.get(key) ?? [];
      roster.push({ id: attendeeId, ...(enrolledAt ? { enrolledAt } : {}) });
      rosters.set(key, roster);
    }
  }

  const groups = await ClassGroupModel.find({}, { centerId: 1, status: 1 }).lean();
  const groupCenter = new Map(groups.map((g) => [String(g._id), g.centerId]));
  // Every seat offer leaves one outbox message keyed `offer:<entryId>:<offeredAtMs>` (the outbox contract), or,
  // to a person without Telegram, a call task under the same key (both, when they linked Telegram meanwhile).
  // It counts at the center of the group that offered the seat (its SeatOffer row), not where the entry waits now:
  // a person who moved to another center took no offer of that one with her (probe30 L3).
  const seatOffers = await SeatOfferModel.find({}, { _id: 0, entryId: 1, groupId: 1, offeredAt: 1, outcome: 1, acceptedAt: 1, seatedAt: 1 }).lean();
  const offeredBy = new Map(seatOffers.map((o) => [`${String(o.entryId)}:${o.offeredAt.getTime()}`, String(o.groupId)]));
  for (const o of seatOffers) {
    const centerId = groupCenter.get(String(o.groupId)) ?? entryCenter.get(String(o.entryId));
    if (!centerId) continue;
    // Accepted, though given back since (walk35 finding 6); a row closed before acceptedAt was kept still says so itself.
    if (o.acceptedAt || o.outcome === 'accepted') of(centerId).offersAccepted! += 1;
    // A seat taken and given back: no longer on the entry (enrolledAt went with it), still taken that week.
    if (o.seatedAt) countSeat(of(centerId), entryJoined.get(String(o.entryId)), o.seatedAt);
  }
  for (const key of new Set([...(await keysStartingWith('offer:')), ...(await callOfferKeys())])) {
    const [, entryId = '', offeredAt = ''] = key.split(':');
    const centerId = groupCenter.get(offeredBy.get(`${entryId}:${offeredAt}`) ?? '') ?? entryCenter.get(entryId);
    if (centerId) of(centerId).offersMade++;
  }
  // A group counts in each year one of its lessons began in (a cancelled group did not take place).
  const heldIn = new Set<string>();
  const held = new Set(groups.filter((g) => g.status !== 'cancelled').map((g) => String(g._id)));
  for (const lesson of await LessonModel.find({ status: 'scheduled', startsAt: { $lte: now } }, { groupId: 1, startsAt: 1 }).lean()) {
    const centerId = groupCenter.get(String(lesson.groupId));
    if (!centerId || !held.has(String(lesson.groupId))) continue;
    const year = yearAt(centerId, lesson.startsAt);
    if (heldIn.has(`${String(lesson.groupId)}:${year}`)) continue;
    heldIn.add(`${String(lesson.groupId)}:${year}`);
    addTo(of(centerId).groupsByYear, year);
  }
  const lessons = await LessonModel.find(
    { status: 'scheduled', startsAt: { $lte: now }, markedAt: { $exists: true } },
    { groupId: 1, attendedIds: 1, missedIds: 1, startsAt: 1 },
  ).lean();
  for (const lesson of lessons) {
    const centerId = groupCenter.get(String(lesson.groupId));
    if (!centerId) continue;
    // Those who joined after the lesson began were not expected at it (joining-lesson.ts onRoster); those marked
    // absent were, though they left the group since (walk30 W30-13).
    const onIt = (rosters.get(String(lesson.groupId)) ?? []).filter((p) => onRoster(p.enrolledAt, lesson.startsAt)).map((p) => p.id);
    const roster = new Set([...onIt, ...(lesson.missedIds ?? [])]);
    const present = new Set(lesson.attendedIds);
    of(centerId).expected += roster.size;
    of(centerId).absent += [...roster].filter((id) => !present.has(id)).length;
  }
  return {
    computedAt: now.toISOString(),
    weekStarts: Array.from({ length: WEEKS }, (_, i) => new Date(since.getTime() + i * WEEK_MS).toISOString().slice(0, 10)),
    centers,
  };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : undefined);
const byValueDesc = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

/** The report for some centers (or all), merged from the snapshot's per-center counts; the year's totals are `timeZone`'s. */
export function reportFrom(snapshot: StatsSnapshot, scope: StatsScope, timeZone = REGION_TIME_ZONE): StatsReport {
  const ids = Object.keys(snapshot.centers).filter((id) => !scope.centerIds || scope.centerIds.includes(id));
  const parts = ids.map((id) => snapshot.centers[id]!);
  const sum = (f: (c: CenterCounts) => number) => parts.reduce((s, c) => s + f(c), 0);
  const byCourse = new Map<string, number>();
  for (const c of parts) for (const [course, n] of Object.entries(c.waitingByCourse)) byCourse.set(course, (byCourse.get(course) ?? 0) + n);
  const byCenter = ids
    .map((id): [string, number] => [id, Object.values(snapshot.centers[id]!.waitingByCourse).reduce((a, b) => a + b, 0)])
    .filter(([, n]) => n > 0)
    .sort(byValueDesc);
  const waitDays = parts.flatMap((c) => c.waitDays);
  const medianWait = median(waitDays);
  const medianWaitDays = medianWait === undefined ? undefined : Math.max(0, Math.round(medianWait * 10) / 10);
  const made = sum((c) => c.offersMade);
  const accepted = Math.min(made, sum((c) => c.offersAccepted ?? c.enrolledEver));
  const expected = sum((c) => c.expected);
  const absent = sum((c) => c.absent);
  const offerRate = ratio(accepted, made);
  const noShowRate = ratio(absent, expected);
  const year = String(toLocal(new Date(snapshot.computedAt), timeZone).year);
  return {
    computedAt: snapshot.computedAt,
    waitingByCenter: byCenter.map(([centerId, waiting]) => ({ centerId, waiting })),
    waitingByCourse: [...byCourse.entries()].sort(byValueDesc).map(([courseId, waiting]) => ({ courseId, waiting })),
    totalWaiting: byCenter.reduce((s, [, n]) => s + n, 0),
    weeks: snapshot.weekStarts.map((start, i) => ({
      weekStart: start,
      signups: sum((c) => c.signups[i] ?? 0),
      enrollments: sum((c) => c.enrollments[i] ?? 0),
    })),
    ...(medianWaitDays !== undefined ? { medianWaitDays, medianWaitShare: shareAtMost(waitDays, medianWaitDays) } : {}),
    offers: { made, accepted, pending: sum((c) => c.offersPending ?? 0), ...(offerRate !== undefined ? { rate: offerRate } : {}) },
    attendance: { expected, absent, ...(noShowRate !== undefined ? { noShowRate } : {}) },
    completions: sum((c) => c.completions),
    year: { year: Number(year), finished: sum((c) => c.finishedByYear?.[year] ?? 0), groups: sum((c) => c.groupsByYear?.[year] ?? 0) },
  };
}

/** Fresh numbers, computed now (tests; the refresh job). */
export async function computeStats(scope: StatsScope, now: Date, timeZone?: string): Promise<StatsReport> {
  return reportFrom(await buildSnapshot(now), scope, timeZone);
}

/** Computes the snapshot and stores it for /stats (the background job calls this). */
export async function refreshStatsSnapshot(now: Date): Promise<StatsSnapshot> {
  const started = performance.now();
  const snapshot = await buildSnapshot(now);
  await StatsSnapshotModel.updateOne(
    { _id: 'all' },
    { $set: { computedAt: now, json: toJsonText(snapshot), buildMs: Math.round(performance.now() - started) } },
    { upsert: true },
  );
  return snapshot;
}

/**
 * The stored snapshot is out of date now (a paper list was just written, walk s22 W22-11: "Всего ждут 0" after adding
 * 13): the next /stats computes it afresh instead of waiting for the job's next run.
 */
export async function markStatsStale(): Promise<void> {
  await StatsSnapshotModel.updateOne({ _id: 'all' }, { $set: { computedAt: new Date(0) } });
}

/**
 * What /stats shows: counted now where that is quick (LIVE_BUILD_MS; or not known yet), else the stored snapshot while
 * it is younger than SNAPSHOT_MAX_AGE_MS, else computed afresh (and stored) first.
 */
export async function latestStats(scope: StatsScope, now: Date, timeZone?: string): Promise<StatsReport> {
  const stored = await StatsSnapshotModel.findById('all').lean();
  const quick = !stored || stored.buildMs == null || stored.buildMs < LIVE_BUILD_MS;
  const fresh = !quick && now.getTime() - stored.computedAt.getTime() <= SNAPSHOT_MAX_AGE_MS && stored.computedAt <= now;
  if (!fresh) return reportFrom(await refreshStatsSnapshot(now), scope, timeZone);
  return { ...reportFrom(fromJsonText<StatsSnapshot>(stored.json), scope, timeZone), stored: true };
}
