import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { DeliveryModel } from '../outbox/model.js';

/**
 * Which lesson a typed «не смогу прийти» is about (walk29 W29-24): the lesson of a seat at a time, and the lessons
 * the person's latest reminders were about, so «не смогу» right after «Скоро занятие» means that lesson.
 */

/** The id of the scheduled lesson of this entry's group that starts at `startsAt`. */
export async function lessonIdAt(citizenId: number, entryId: string, startsAt: Date): Promise<string | undefined> {
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'enrolled' }, { groupId: 1 }).lean();
  const lesson = entry?.groupId && (await LessonModel.findOne({ groupId: entry.groupId, startsAt, status: 'scheduled' }, { _id: 1 }).lean());
  return lesson ? String(lesson._id) : undefined;
}

/** The start of the lesson the newest reminder delivered to this person was about, while it is still ahead. */
export async function remindedLessonStart(citizenId: number, now: Date): Promise<Date | undefined> {
  return (await remindedLesson(citizenId, now))?.startsAt;
}

/** The newest reminder delivered to this person (its lesson's start and when it came), while its lesson is still ahead. */
export async function remindedLesson(citizenId: number, now: Date): Promise<{ startsAt: Date; sentAt?: Date } | undefined> {
  const sent = await DeliveryModel.find({ citizenId, key: { $regex: '^rem:' }, messageId: { $exists: true } }, { key: 1, messageId: 1, doneAt: 1 }).lean();
  const newest = sent.sort((a, b) => (b.messageId ?? 0) - (a.messageId ?? 0))[0];
  const lessonId = newest?.key.split(':')[1];
  if (!lessonId || !/^[0-9a-f]{24}$/.test(lessonId)) return undefined;
  const lesson = await LessonModel.findOne({ _id: lessonId, status: 'scheduled', startsAt: { $gt: now } }, { startsAt: 1 }).lean();
  return lesson ? { startsAt: lesson.startsAt, ...(newest.doneAt ? { sentAt: newest.doneAt } : {}) } : undefined;
}
