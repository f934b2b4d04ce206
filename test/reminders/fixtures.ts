import { Types } from 'mongoose';
import { createGroup, type NewGroup } from '../../src/domain/classes.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

/** 10:00 and 10:00 two days later in Asia/Novokuznetsk (UTC+7). */
export const LESSON_1 = new Date('2026-12-01T03:00:00Z');
export const LESSON_2 = new Date('2026-12-03T03:00:00Z');

/** Puts citizens on the list (joined on consecutive days) and enrolls them in a new group. */
export async function groupWithParticipants(
  now: Date,
  citizens: Array<{ id: number; language?: 'ru' | 'en' }>,
  overrides: Partial<NewGroup> & { actorId?: number } = {},
) {
  const { actorId = 900, ...rest } = overrides;
  const groupId = await createGroup(
    actorId,
    { courseId: 'basics', centerId: 'novokuznetsk-central', room: 'Зал 1', capacity: 10, lessonStarts: [LESSON_1, LESSON_2], durationMinutes: 90, ...rest },
    now,
  );
  const entryIds: string[] = [];
  for (const [i, c] of citizens.entries()) {
    const joined = await addToWaitlist(c.id, {
      language: c.language ?? 'ru',
      centerId: rest.centerId ?? 'novokuznetsk-central',
      courseId: rest.courseId ?? 'basics',
      at: new Date(Date.UTC(2026, 9, 1 + i, 3)),
    });
    await WaitlistEntryModel.updateOne(
      { _id: joined.entry.id },
      { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: now } },
    );
    entryIds.push(joined.entry.id);
  }
  await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: citizens.length, freeSeats: -citizens.length } });
  return { groupId, entryIds };
}
