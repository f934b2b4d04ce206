import { createHash } from 'node:crypto';
import { CallTaskModel, listedCallKey, listedCallsOf } from '../db/models/call-task.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { centerCallNotices } from './call-digests.js';
import { findCourse } from './catalog.js';
import { centerScope, type Role } from './roles.js';
import type { Locale } from '../notify/notifier.js';

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

/** A group's put-in call list with calls still to make, as /calls shows it (its button opens the list, menu `cz`). */
export interface PutInList {
  listId: string;
  centerId: string;
  /** The course in a word or two ("Основы"). */
  short: string;
  done: number;
  count: number;
}

/**
 * The put-in lists of the role's centers with a call not yet made (probe s22 leftover: they opened only from their
 * digest). Counted as the list counts them; by course, then center.
 */
export async function openPutInLists(role: Role, language: Locale): Promise<PutInList[]> {
  const tasks = await CallTaskModel.find({ kind: 'change', topic: 'putin', status: 'open', ...centerScope(role) }, { key: 1, done: 1, centerId: 1, courseId: 1 }).lean();
  const lists = new Map<string, PutInList & { courseId: string }>();
  for (const task of tasks) {
    const listId = task.key.split(':')[1] ?? '';
    const list = lists.get(listId) ?? { listId, centerId: task.centerId, courseId: task.courseId ?? '', short: '', done: 0, count: 0 };
    list.count += 1;
    if (task.done === true) list.done += 1;
    lists.set(listId, list);
  }
  const open = [...lists.values()].filter((l) => l.done < l.count);
  for (const list of open) list.short = (await findCourse(list.courseId))?.short[language] ?? list.courseId;
  return open.map(({ courseId: _, ...list }) => list).sort((a, b) => a.short.localeCompare(b.short, language) || a.centerId.localeCompare(b.centerId));
}
