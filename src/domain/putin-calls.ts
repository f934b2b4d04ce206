import { createHash } from 'node:crypto';
import { CallTaskModel, listedCallKey, listedCallsOf } from '../db/models/call-task.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { centerCallNotices } from './call-digests.js';
import { findCourse } from './catalog.js';

/**
 * A person put into a group whom the bot cannot write to is a call for the librarians of the group's center (probe
 * s23 M8). The group's put-in calls are one list (probe25 L11: five put-ins were five digests, each with a one-name
 * list): a put-in joins it, and the librarians get a digest only when the list had nobody left to call, so filling a
 * group from the paper list is one message, not one per person. Not to the librarian putting them in: she is doing
 * it, and her confirmation gave her their phone.
 */
export async function leavePutInCall(group: { id: string; courseId: string; centerId: string }, citizenId: number, actorId: number, now: Date): Promise<void> {
  const listId = createHash('sha256').update(`putin:${group.id}`).digest('hex').slice(0, 24);
  const roundOpen = await hasOpenCalls(listId, group.id);
  // Put in again after being taken out: the call is owed again.
  await CallTaskModel.updateOne({ key: listedCallKey(listId, citizenId), kind: 'change' }, { $set: { status: 'open', done: false }, $unset: { doneBy: 1, doneAt: 1 } });
  const course = await findCourse(group.courseId);
  const event = { id: listId, centerId: group.centerId, actorId, now, course: { id: group.courseId, title: course?.title } };
  const items = await centerCallNotices('putin', event, [citizenId]);
  if (roundOpen) return; // the list they were told about, and have not finished, shows this person too
  const digests = items.filter((item) => item.citizenId !== actorId).map((item) => ({ ...item, key: `${item.key}:${citizenId}:${now.getTime()}` }));
  if (digests.length > 0) await enqueue(digests, now);
}

/** Calls of the list not yet made, to people still in the group. */
async function hasOpenCalls(listId: string, groupId: string): Promise<boolean> {
  const open = await CallTaskModel.find({ key: listedCallsOf(listId), kind: 'change', status: 'open', done: { $ne: true } }, { citizenId: 1 }).lean();
  if (open.length === 0) return false;
  return (await WaitlistEntryModel.exists({ groupId, status: 'enrolled', citizenId: { $in: open.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : [])) } })) !== null;
}
