import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { recipientsWithWords } from './call-tasks.js';
import { findCourse } from './catalog.js';
import { singleLine } from './text.js';
import { positionOf } from './waitlist.js';

/**
 * A seat held for a person with neither a phone nor Telegram ran out (walk29 W29-23): nobody could tell them, and the
 * desk may still say «для вас есть место» next week. The center's librarians get one line: the seat is no longer held,
 * their place in line, and /find when they come in. About the person (/forget strips it).
 */
export async function tellNoPhoneHoldEnded(task: { _id: unknown; entryId?: unknown; groupId?: unknown; centerId: string }, now: Date): Promise<void> {
  const entry = await WaitlistEntryModel.findById(task.entryId).lean();
  if (!entry || entry.status !== 'waiting' || typeof entry.citizenId !== 'number') return;
  const person = await CitizenModel.findById(entry.citizenId, { name: 1, phone: 1 }).lean();
  if (!person || person.phone) return;
  const group = await ClassGroupModel.findById(task.groupId, { librarianId: 1, courseId: 1 }).lean();
  if (!group) return;
  const position = await positionOf(entry);
  const { staffIds, languages, wordsIn } = await recipientsWithWords(task.centerId, group.librarianId, async (language) => ({
    course: (await findCourse(group.courseId))?.title[language] ?? group.courseId,
  }));
  await enqueue(staffIds.map((staffId) => ({
    key: `nophone-exp:${String(task._id)}:${staffId}`,
    citizenId: staffId,
    aboutCitizenId: person._id,
    priority: 'personal' as const,
    message: { text: { key: 'hold-ended', vars: { ...wordsIn.get(languages.get(staffId)!)!, name: singleLine(person.name), position } } },
  })), now);
}
