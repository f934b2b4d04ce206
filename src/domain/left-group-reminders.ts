import type { Types } from 'mongoose';
import { LessonModel } from '../db/models/lesson.js';
import { cancelPending } from '../outbox/index.js';

/**
 * She left a group (moved to a group at another time, gave the seat back, /forget). The reminders job queues a reminder
 * up to ten minutes before it is due (reminders.ts), so one for a lesson of the group she left may be waiting in the
 * outbox: «занятие через …» for a group that is no longer hers. Her unsent reminders of its lessons are settled as
 * skipped, the way a changed lesson's are (changes.ts); the other participants' stay.
 */
export async function withdrawGroupReminders(citizenId: number, groupId: string | Types.ObjectId, now: Date): Promise<void> {
  const lessons = await LessonModel.find({ groupId, startsAt: { $gt: now } }, { _id: 1 }).lean();
  // Reminder keys begin `rem:<lessonId>:` (reminderKey); the person is the item's chat.
  await cancelPending(lessons.map((l) => `rem:${String(l._id)}:`), 'left the group', citizenId);
}
