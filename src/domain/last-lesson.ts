import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { withdrawGroupOffers } from './cancelled-group-seats.js';
import type { GroupForChange } from './change-groups.js';

/**
 * Cancelling the group's last lesson to come (probe s21 H1: a group whose every lesson was cancelled one by one
 * stayed open with no lessons, its people out of the line for good): with none held it is the whole group,
 * cancelled as such (everyone back to their place in line); after some were held, the course ends with them.
 */
export function lastLessonCancel(group: GroupForChange, lessonId: string): 'cancels-group' | 'ends-group' | undefined {
  if (group.lessons.length !== 1 || group.lessons[0]!.id !== lessonId) return undefined;
  return group.held === 0 ? 'cancels-group' : 'ends-group';
}

/** No lesson to come, some held: the course ends with them, as when the last lesson's attendance is saved (attendance.ts). */
export async function endGroupEarly(groupId: string, now: Date): Promise<void> {
  await WaitlistEntryModel.updateMany({ groupId, status: 'enrolled' }, { $set: { status: 'completed', completedAt: now }, $unset: { activeKey: 1 } });
  await withdrawGroupOffers(groupId, now);
  await ClassGroupModel.updateOne({ _id: groupId, status: 'open' }, { $set: { status: 'finished', freeSeats: 0 } });
}
