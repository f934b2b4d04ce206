import { AuditEntryModel } from '../db/models/audit-entry.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { CourseModel } from '../db/models/course.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, withdrawUnsent, type OutboxItem } from '../outbox/index.js';
import { audit } from './audit.js';
import { invalidateCatalog } from './catalog.js';
import { courseCallNotices, dropPauseCalls } from './course-calls.js';
import { sayReopening } from './planned-reopening.js';
import { whoseRecords, whoseVars } from './whose-record.js';

/**
 * A course stopped with /courses ("⏸ Stop offering") or offered again (courses-admin.ts). The flip of `active` and a
 * `stateChange` record (which way, when, by whom) are one write; then the people waiting are told, the calls opened,
 * and the record unset. Everything after the flip is keyed by the change's moment (outbox keys, call lists, the
 * audit row), so doing it again adds nothing twice: a process killed in between leaves the record, and the
 * coordinator's repeated press (the same way: her stale "⏸ Yes, stop" says "stopped" with the count, not
 * "unchanged"), another change of the course, or the offers job a minute later finishes it (probe s23 M1).
 */

const PAUSED_KEY = 'course-paused:';
const RESUMED_KEY = 'course-resumed:';
/** A change this old with its record still there was cut off (a live one finishes in well under a second). */
const CUT_OFF_AFTER_MS = 60_000;

type Change = { active: boolean; at: Date; by: number };
type CourseRow = { _id: string; title?: { ru?: string | null; en?: string | null } | null; resumesOn?: string | null };

/**
 * Stops offering the course (or offers it again). Returns how many people waiting were told, or false when it
 * already was so. One message per entry per pause; started again before a pause notice went out, the notice is
 * withdrawn and nobody hears of either. `resumesOn` (a stop only): the day it is planned to be offered again, said in
 * the notice and on the person's place (walk34 W34-09); none: not known. Offered again, the day goes.
 */
export async function setCourseActive(actorId: number, id: string, active: boolean, now: Date, resumesOn?: string): Promise<{ told: number; calls: number } | false> {
  const before = await CourseModel.findById(id, { title: 1, active: 1, stateChange: 1, resumesOn: 1 }).lean();
  if (!before) return false;
  const pending = changeOf(before.stateChange);
  // The same press again after a restart cut it off: finished now, answered as if it had just been made.
  if (pending && pending.active === active && before.active === active) return finish(before, pending, now);
  // Another change cut off before this one: finished first, so its people hear it before they hear this.
  if (pending) await finish(before, pending, now);
  const change: Change = { active, at: now, by: actorId };
  const day = !active && resumesOn ? { resumesOn } : undefined;
  const course = await CourseModel.findOneAndUpdate(
    { _id: id, active: !active },
    { $set: { active, stateChange: change, ...day }, ...(day ? {} : { $unset: { resumesOn: 1 } }) },
    { returnDocument: 'after' },
  ).lean();
  if (!course) return false;
  invalidateCatalog();
  return finish(course, change, now);
}

/** The offers job: changes cut off by a restart (their record a minute old or more) are finished. Returns how many. */
export async function finishCourseChanges(now: Date): Promise<number> {
  const cutOff = await CourseModel.find({ 'stateChange.at': { $lte: new Date(now.getTime() - CUT_OFF_AFTER_MS) } }, { title: 1, stateChange: 1, resumesOn: 1 }).lean();
  let finished = 0;
  for (const course of cutOff) {
    const change = changeOf(course.stateChange);
    if (!change) continue;
    await finish(course, change, now);
    finished++;
  }
  return finished;
}

function changeOf(c: { active?: boolean | null; at?: Date | null; by?: number | null } | null | undefined): Change | undefined {
  return c && typeof c.active === 'boolean' && c.at instanceof Date && typeof c.by === 'number' ? { active: c.active, at: c.at, by: c.by } : undefined;
}

/** Tells, opens calls and records a change; safe to run again (keys carry the change's moment). */
async function finish(course: CourseRow, change: Change, now: Date): Promise<{ told: number; calls: number }> {
  const { active } = change;
  const id = course._id;
  invalidateCatalog();
  const action = active ? 'course.start' : 'course.stop';
  if (!(await AuditEntryModel.exists({ action, target: `course:${id}`, at: change.at }))) await audit({ actorId: change.by, action, target: `course:${id}` }, change.at);
  const entries = await WaitlistEntryModel.find({ courseId: id, status: 'waiting' }, { citizenId: 1 }).lean();
  const reachable = entries.filter((e): e is typeof e & { citizenId: number } => typeof e.citizenId === 'number' && hasTelegram(e.citizenId));
  const languages = new Map((await CitizenModel.find({ _id: { $in: reachable.map((e) => e.citizenId) } }, { language: 1 }).lean()).map((c) => [c._id, c.language === 'en' ? 'en' : 'ru'] as const));
  let people = reachable;
  if (active) {
    // Told it is back: those whose latest pause notice reached them (probe s23 L1: not an earlier pause's).
    const heard = await withdrawUnsent(reachable.map((e) => `${PAUSED_KEY}${String(e._id)}:`), 'course started again');
    people = reachable.filter((e) => heard.has(`${PAUSED_KEY}${String(e._id)}:`));
  }
  // A pause with its planned end says until when («примерно до 15 декабря»), in the reader's language (walk34 W34-09).
  const until = !active && course.resumesOn ? course.resumesOn : undefined;
  const whose = await whoseRecords(people.map((e) => e.citizenId));
  const items: OutboxItem[] = people.map((e) => {
    const language = languages.get(e.citizenId) ?? 'ru';
    const vars = { course: course.title?.[language] ?? id, ...(until ? { date: sayReopening(until, language, change.at) } : {}), ...whoseVars(whose.get(e.citizenId)) };
    return {
      key: `${active ? RESUMED_KEY : PAUSED_KEY}${String(e._id)}:${change.at.getTime()}`,
      citizenId: e.citizenId,
      priority: 'personal' as const,
      message: { text: { key: active ? 'crs-resumed-notice' : until ? 'paused-notice-until' : 'crs-paused-notice', vars } },
    };
  });
  if (items.length > 0) await enqueue(items, now);
  // People without Telegram: calls for their centers' librarians (course-calls.ts).
  const calls = await courseCallNotices(active ? 'course-resume' : 'course-pause', { id, title: course.title }, change.by, change.at);
  if (calls.items.length > 0) await enqueue(calls.items, now);
  if (active) await dropPauseCalls(id);
  await CourseModel.updateOne({ _id: id, 'stateChange.at': change.at }, { $unset: { stateChange: 1 } });
  return { told: items.length, calls: calls.people };
}
