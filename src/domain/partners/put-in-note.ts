import { CallTaskModel } from '../../db/models/call-task.js';
import { CitizenModel } from '../../db/models/citizen.js';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { enqueue } from '../../outbox/index.js';
import { recipientsWithWords } from '../call-tasks.js';
import { findCourse } from '../catalog.js';
import { isObjectId } from '../ids.js';
import { singleLine } from '../text.js';

/**
 * The librarians' open call about a seat offered to one of a partner's people, before the representative puts them in,
 * when they heard of it in a digest (walk29 W29-13): «📞 Позвоните 2 людям…» names nobody and stays as it was, so they
 * are told who needs no call. A call of its own (one person that run) is a card, edited in place when answered.
 */
export async function digestedOfferCall(entryId: string): Promise<{ _id: unknown; groupId?: unknown; centerId: string } | null> {
  if (!isObjectId(entryId)) return null;
  const call = await CallTaskModel.findOne({ entryId, kind: 'offer', status: 'open' }, { _id: 1, groupId: 1, centerId: 1, offeredAt: 1 }).lean();
  if (!call?.offeredAt) return null;
  // The tasks one run of offerFreeSeats opened for this center's librarians (offerCallNotices: two or more, a digest).
  const sameRun = await CallTaskModel.countDocuments({ kind: 'offer', groupId: call.groupId, centerId: call.centerId, offeredAt: call.offeredAt });
  return sameRun >= 2 ? call : null;
}

/** One line to the center's librarians: the partner put this person in, nobody needs to call them. About the person. */
export async function tellPartnerPutIn(call: { _id: unknown; groupId?: unknown; centerId: string }, partner: string, now: Date): Promise<void> {
  const [task, group] = await Promise.all([
    CallTaskModel.findById(call._id, { citizenId: 1 }).lean(),
    ClassGroupModel.findById(call.groupId, { librarianId: 1, courseId: 1 }).lean(),
  ]);
  const person = task ? await CitizenModel.findById(task.citizenId, { name: 1 }).lean() : null;
  if (!person || !group) return;
  const { staffIds, languages, wordsIn } = await recipientsWithWords(call.centerId, group.librarianId, async (language) => ({
    course: (await findCourse(group.courseId))?.title[language] ?? group.courseId,
  }));
  await enqueue(staffIds.map((staffId) => ({
    key: `prt-putin:${String(call._id)}:${staffId}`,
    citizenId: staffId,
    aboutCitizenId: person._id,
    priority: 'personal' as const,
    message: { text: { key: 'partner-put-in', vars: { ...wordsIn.get(languages.get(staffId)!)!, partner: singleLine(partner), name: singleLine(person.name) } } },
  })), now);
}
