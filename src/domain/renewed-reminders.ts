import { existingKeys, withdrawUnsent } from '../outbox/index.js';
import { enqueueDueReminders, type ReminderSettings } from './reminders.js';

/**
 * A group's room changed (room-change.ts): a reminder of its lessons queued already (up to the job's lookahead before
 * it is due) holds the old room in its words. Each such one not yet delivered is withdrawn and queued again at once,
 * with the new room, under its key and `:room:<changeId>` (the reminders job keeps finding the old key, so it adds no
 * third). One already delivered stays as it was: the room-change message follows it.
 */
export async function renewQueuedReminders(lessonIds: string[], changeId: string, settings: ReminderSettings, now: Date): Promise<void> {
  if (lessonIds.length === 0) return;
  await enqueueDueReminders(settings, now, {
    lessonIds,
    suffix: `:room:${changeId}`,
    pick: async (keys) => {
      const queued = [...(await existingKeys(keys))];
      // Longest first: a key is then matched to itself, not to another person's whose id begins the same (1001, 10012).
      const delivered = await withdrawUnsent(queued.sort((a, b) => b.length - a.length), 'room changed');
      return new Set(queued.filter((key) => !delivered.has(key)));
    },
  });
}
