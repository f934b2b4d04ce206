import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { lessonView, type LessonView } from './classes.js';
import { centerScope, type Role } from './roles.js';
import { isObjectId } from './ids.js';
import { onRoster } from './joining-lesson.js';
import { compareDates, localToday, toLocal } from './time.js';

/** The lesson and its group, if this role may manage the group. */
export async function findLessonFor(role: Role, lessonId: string): Promise<{ lesson: LessonView; groupId: string } | null> {
  if (!isObjectId(lessonId)) return null;
  const lesson = await LessonModel.findById(lessonId).lean();
  if (!lesson) return null;
  const group = await ClassGroupModel.findOne({ _id: lesson.groupId, ...centerScope(role) }, { _id: 1 }).lean();
  return group ? { lesson: lessonView(lesson), groupId: String(group._id) } : null;
}

/** Attendance is marked only for a lesson that is on and has begun: a future one did not happen yet. */
const startedBy = (now: Date) => ({ status: 'scheduled' as const, startsAt: { $lte: now } });

/** True once the lesson has begun (attendance can be marked). */
export const hasStarted = (lesson: { startsAt: string | Date }, now: Date) => new Date(lesson.startsAt).getTime() <= now.getTime();

/**
 * The lessons whose attendance can be marked: begun ones, and today's (a librarian opens the list before the
 * lesson). A lesson days ahead was a button that only said "not started yet" (walk s18 #16).
 */
export const lessonsToMark = (lessons: LessonView[], now: Date, timeZone: string) => {
  const today = localToday(now, timeZone);
  return lessons.filter((l) => hasStarted(l, now) || compareDates(toLocal(new Date(l.startsAt), timeZone), today) <= 0);
};

export interface AttendanceSaved {
  present: number;
  absent: number;
  /** True when this was the group's last lesson: participants completed the course. */
  completed: boolean;
}

/**
 * Saves the attendance of a lesson as marked (the whole list at once: nothing
 * is written while the librarian is still ticking names). Only participants of
 * the lesson's group count. Only a lesson that has begun can be saved
 * ('not-started' otherwise: saving a future last lesson would finish the group
 * with no way back). When the group's last lesson is saved, its participants'
 * entries become 'completed' and the group 'finished'.
 */
export async function saveAttendance(
  actorId: number,
  lessonId: string,
  presentIds: number[],
  now: Date,
): Promise<AttendanceSaved | 'not-started' | null> {
  if (!isObjectId(lessonId)) return null;
  const found = await LessonModel.findById(lessonId, { groupId: 1, attendedIds: 1, missedIds: 1, status: 1, startsAt: 1 }).lean();
  if (!found) return null;
  if (found.status !== 'scheduled' || !hasStarted(found, now)) return 'not-started';
  const participants = await WaitlistEntryModel.find({ groupId: found.groupId, status: { $in: ['enrolled', 'completed'] } }, { citizenId: 1, enrolledAt: 1 }).lean();
  // The lesson's roster: someone who joined after it began was not expected there (joining-lesson.ts).
  const ids = new Set(participants.flatMap((p) => (typeof p.citizenId === 'number' && onRoster(p.enrolledAt, found.startsAt) ? [p.citizenId] : [])));
  const attended = [...new Set(presentIds)].filter((id) => ids.has(id));
  // Marks of people no longer on the list (who used /forget: anonymous ids; who left the group since) stay as they were.
  const gone = (marked: number[] | undefined) => (marked ?? []).filter((id) => !ids.has(id));
  const missed = [...ids].filter((id) => !attended.includes(id));
  // The started condition again in the write: a lesson moved to the future meanwhile is not saved.
  const lesson = await LessonModel.findOneAndUpdate(
    { _id: lessonId, ...startedBy(now) },
    { $set: { markedAt: now, attendedIds: [...gone(found.attendedIds), ...attended], missedIds: [...gone(found.missedIds), ...missed] } },
    { returnDocument: 'after' },
  ).lean();
  if (!lesson) return (await LessonModel.exists({ _id: lessonId })) ? 'not-started' : null;
  const present = attended.length;
  const absent = ids.size - present;
  const last = await LessonModel.findOne({ groupId: lesson.groupId, status: 'scheduled' }).sort({ index: -1 }).lean();
  const completed = last !== null && String(last._id) === lessonId;
  if (completed) {
    await WaitlistEntryModel.updateMany(
      { groupId: lesson.groupId, status: 'enrolled' },
      { $set: { status: 'completed', completedAt: now }, $unset: { activeKey: 1 } },
    );
    await ClassGroupModel.updateOne({ _id: lesson.groupId, status: 'open' }, { $set: { status: 'finished' } });
  }
  await audit(
    { actorId, action: 'attendance.save', target: `lesson:${lessonId}`, details: { groupId: String(lesson.groupId), index: lesson.index, present, absent, completed } },
    now,
  );
  return { present, absent, completed };
}

/** Lessons each participant missed among the marked lessons of a group. */
export async function noShows(groupId: string): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (!isObjectId(groupId)) return counts;
  const [lessons, entries] = await Promise.all([
    LessonModel.find({ groupId, status: 'scheduled', markedAt: { $exists: true } }, { attendedIds: 1, startsAt: 1 }).lean(),
    WaitlistEntryModel.find({ groupId, status: { $in: ['enrolled', 'completed'] } }, { citizenId: 1, enrolledAt: 1 }).lean(),
  ]);
  for (const e of entries) {
    if (e.citizenId === undefined || e.citizenId === null) continue;
    // A lesson held before they joined is not one they missed.
    counts.set(e.citizenId, lessons.filter((l) => onRoster(e.enrolledAt, l.startsAt) && !l.attendedIds.includes(e.citizenId!)).length);
  }
  return counts;
}
