import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { activeKeyOf, WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';

/**
 * A person without Telegram as the import writes one (src/domain/import/commit.ts):
 * a negative id, the phone as phoneKey (E.164), reachable: false, consent on paper.
 */
export async function paperPerson(
  id: number,
  options: { name: string; phone: string; joinedAt: Date; courseId?: string; centerId?: string; recordedBy?: number },
) {
  const { courseId = 'basics', centerId = 'kemerovo-regional', recordedBy = 900 } = options;
  if (id >= 0) throw new Error('paperPerson: a person without Telegram has a negative id');
  await CitizenModel.create({
    _id: id,
    language: 'ru',
    name: options.name,
    phone: options.phone,
    phoneKey: options.phone,
    consent: { version: 'paper', givenAt: options.joinedAt, method: 'paper', centerId, recordedBy, recordedAt: options.joinedAt },
    reachable: false,
  });
  const entry = await WaitlistEntryModel.create({
    citizenId: id,
    courseId,
    centerId,
    timeOfDay: 'any',
    status: 'waiting',
    activeKey: activeKeyOf(id, courseId),
    joinedAt: options.joinedAt,
  });
  return String(entry._id);
}

/** A librarian of these centers, with the name colleagues see. */
export async function librarian(id: number, displayName: string, centerIds: string[] = ['kemerovo-regional']) {
  await StaffMemberModel.create({ _id: id, displayName, centerIds, addedBy: 1 });
}
