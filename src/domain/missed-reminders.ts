import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { DeliveryModel } from '../outbox/model.js';
import { isObjectId } from './ids.js';

/**
 * Lesson reminders that never reached a person because she had blocked the bot (walk30 W30-08): refused with 403
 * ('blocked'), or not tried because she was already marked unreachable ('skipped' with no reason: a lesson moved or
 * cancelled gives one, and its key holds the old time). When she is back (unblocked), each is sent once more, as it
 * was, while it is still true: before its own end (`notAfter`: the eve's end for "tomorrow", the start for "soon"),
 * the lesson at the time it named, and she still in its group. The lesson's latest one only (the "soon" one).
 */
export async function resendMissedReminders(citizenId: number, now: Date): Promise<number> {
  const missed = await DeliveryModel.find(
    { citizenId, key: { $regex: '^rem:' }, notAfter: { $gt: now }, $or: [{ status: 'blocked' }, { status: 'skipped', lastError: { $exists: false } }] },
    { key: 1, message: 1, priority: 1, notAfter: 1 },
  ).lean();
  const byLesson = new Map<string, (typeof missed)[number]>();
  for (const row of missed) {
    // rem:<lessonId>:<kind>:<startsAtMs>:<citizenId>
    const [, lessonId, kind, startsAt] = row.key.split(':');
    if (!lessonId || !isObjectId(lessonId) || !startsAt) continue;
    const lesson = await LessonModel.findOne({ _id: lessonId, status: 'scheduled', startsAt: new Date(Number(startsAt)) }, { groupId: 1 }).lean();
    if (!lesson || !(await WaitlistEntryModel.exists({ citizenId, groupId: lesson.groupId, status: 'enrolled' }))) continue;
    if (!byLesson.has(lessonId) || kind === 'soon') byLesson.set(lessonId, row);
  }
  const items: OutboxItem[] = [...byLesson.values()].map((row) => ({
    key: `${row.key}:again`,
    citizenId,
    priority: 'reminder',
    message: JSON.parse(row.message) as OutboxItem['message'],
    ...(row.notAfter ? { notAfter: row.notAfter } : {}),
  }));
  return items.length > 0 ? (await enqueue(items, now)).added : 0;
}
