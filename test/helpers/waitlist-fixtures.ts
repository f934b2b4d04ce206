import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { joinWaitlist, type JoinRequest } from '../../src/domain/waitlist.js';

/** Puts a citizen on the list directly (for tests that are not about the join flow). */
export async function addToWaitlist(citizenId: number, overrides: Partial<JoinRequest> & { at?: Date } = {}) {
  const { at = new Date('2026-11-01T03:00:00Z'), ...request } = overrides;
  const result = await joinWaitlist(
    {
      citizenId,
      language: 'ru',
      name: `Участник ${citizenId}`,
      consentVersion: 'test',
      courseId: 'basics',
      centerId: 'kemerovo-regional',
      timeOfDay: 'any',
      ...request,
    },
    at,
  );
  if (result.outcome === 'center-closed') throw new Error(`addToWaitlist: center ${request.centerId} is closed`);
  if (result.outcome === 'course-closed') throw new Error(`addToWaitlist: course ${request.courseId} is not offered`);
  return result;
}

/** Marks an entry as enrolled at `at` (history for wait estimates). */
export async function markEnrolled(entryId: string, at: Date) {
  await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', enrolledAt: at } });
}
