import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { recipientsWithWords } from './call-tasks.js';
import { findCourse } from './catalog.js';
import { identityKey } from './person-names.js';
import { singleLine } from './text.js';

/**
 * Someone joined in Telegram with exactly the name of a person with no phone at that center who holds a seat of this
 * course there or is in its group (walk29 W29-23, W29-02: a grandson booked his grandmother a second seat). The
 * center's librarians are told, to check with /find; true when so, and the join says it too. Not a silent second seat.
 */
export async function tellNoPhoneNamesake(name: string, centerId: string, courseId: string, joinerId: number, now: Date): Promise<boolean> {
  const person = await CitizenModel.findOne({ phoneKey: identityKey({ name, centerId }) }, { name: 1, phone: 1 }).lean();
  if (!person || person.phone || person._id === joinerId) return false;
  const entry = await WaitlistEntryModel.findOne({ citizenId: person._id, courseId, centerId, status: { $in: ['offered', 'enrolled'] } }, { status: 1, groupId: 1, offer: 1 }).lean();
  const groupId = entry?.groupId ?? entry?.offer?.groupId;
  const group = groupId ? await ClassGroupModel.findById(groupId, { librarianId: 1 }).lean() : null;
  if (!entry || !group) return false;
  const { staffIds, languages, wordsIn } = await recipientsWithWords(centerId, group.librarianId, async (language) => ({
    course: (await findCourse(courseId))?.title[language] ?? courseId,
  }));
  await enqueue(staffIds.map((staffId) => ({
    key: `namesake:${String(entry._id)}:${joinerId}:${staffId}`,
    citizenId: staffId,
    aboutCitizenId: person._id,
    priority: 'personal' as const,
    message: { text: { key: 'namesake-staff', vars: { ...wordsIn.get(languages.get(staffId)!)!, name: singleLine(person.name), status: entry.status } } },
  })), now);
  return true;
}
