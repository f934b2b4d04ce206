import { createHash } from 'node:crypto';
import type { Types } from 'mongoose';
import { isBulkOfDuplicates } from '../db/duplicates.js';
import { CallTaskModel, listedCallKey, listedCallsOf } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { BroadcastModel } from '../db/models/broadcast.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import type { OutboxItem } from '../outbox/index.js';
import { audit } from './audit.js';
import { callCardKey, callRecipients, callTaskMessage, recipientsWithWords } from './call-tasks.js';
import { callListsChanged } from './call-list-changes.js';
import { digestCounts } from './no-phone-notices.js';
import { defineCallbackData, OBJECT_ID } from './callback-data.js';
import { describeCenter, findCourse } from './catalog.js';
import { centerPlace } from './center-names.js';
import { centerScope, type Role } from './roles.js';
import { sayReopening } from './planned-reopening.js';
import { staffLanguages } from './staff-language.js';
import { phoneWithNote } from './phone.js';
import { singleLine } from './text.js';
import { formatLessonTime } from './time.js';
import { partnerOfferNotices } from './partners/no-phone-offers.js';

/**
 * One message per librarian per action (probe s16 F4). Opening a 50-seat group for people without Telegram used to
 * send every librarian of the center 50 call messages, one a second, and moving a lesson 50 more. Now an action that
 * concerns one person still sends its card (who, phone, the answer buttons); one that concerns several sends a
 * digest: how many to call and about what, with a button to the list (/calls for seat offers, the change's own list
 * for a schedule change). The call tasks stay one per person. Keys are the action's (the tasks it opened, the
 * change's id), so a repeat adds no second digest. Digests name nobody: /forget has nothing to strip from them.
 */

/** The digest's button: `cx:calls` opens /calls, `cx:change:<changeId>` one change's list (answered in src/bot/features/calls/index.ts). */
export const callDigestData = defineCallbackData('cx', { calls: null, change: OBJECT_ID });

/** A call task one action opened (a seat offered to a person without Telegram). */
export interface OpenedCallTask {
  taskId: string;
  citizenId: number;
  centerId: string;
}

const digestOf = (ids: string[]) => createHash('sha256').update([...ids].sort().join(',')).digest('hex').slice(0, 20);

/** Who calls for each task: its center's librarians (else the group's creator), with the tasks each one gets. */
async function byRecipient<T extends { centerId: string }>(items: T[], fallbackId: number): Promise<Map<number, T[]>> {
  const recipientsOf = new Map<string, number[]>();
  const mine = new Map<number, T[]>();
  for (const item of items) {
    if (!recipientsOf.has(item.centerId)) recipientsOf.set(item.centerId, await callRecipients(item.centerId, fallbackId));
    for (const staffId of recipientsOf.get(item.centerId)!) mine.set(staffId, [...(mine.get(staffId) ?? []), item]);
  }
  return mine;
}

/**
 * The messages about the seat offers one run of offerFreeSeats made by phone: to each librarian, the task's card when
 * it is one person, else one digest (-unreachable: one blocked the bot); to a partner, its people with no phone (W29-12).
 */
export async function offerCallNotices(
  opened: OpenedCallTask[],
  group: { _id: Types.ObjectId; librarianId: number; courseId: string; centerId: string },
  expiresAt: Date,
  toldAtDesk?: { entryId: string; by: number },
): Promise<OutboxItem[]> {
  if (opened.length === 0) return [];
  const mine = await byRecipient(opened, group.librarianId);
  const languages = await staffLanguages([...mine.keys()]);
  const [course, center] = await Promise.all([findCourse(group.courseId), describeCenter(group.centerId)]);
  const items: OutboxItem[] = [];
  for (const [staffId, tasks] of mine) {
    const language = languages.get(staffId)!;
    if (tasks.length === 1) {
      const [task] = tasks as [OpenedCallTask];
      const message = await callTaskMessage(task.taskId, language);
      if (message) items.push({ key: callCardKey(task.taskId, staffId), citizenId: staffId, aboutCitizenId: task.citizenId, priority: 'personal', message });
      continue;
    }
    const vars = {
      ...(await digestCounts(tasks.map((t) => t.citizenId))),
      course: course?.title[language] ?? group.courseId,
      center: center ? centerPlace(center, language) : group.centerId,
      until: formatLessonTime(expiresAt, center?.timeZone ?? 'Asia/Novokuznetsk', language),
    };
    items.push({
      key: `calldigest:offer:${digestOf(tasks.map((t) => t.taskId))}:${staffId}`,
      citizenId: staffId,
      priority: 'personal',
      message: { text: { key: tasks.some((t) => hasTelegram(t.citizenId)) ? 'calls-digest-offer-unreachable' : 'calls-digest-offer', vars }, buttons: [[{ text: { key: 'calls-btn-open-list' }, data: callDigestData.pack('calls') }]] },
    });
  }
  return [...items, ...(await partnerOfferNotices(opened.map((t) => t.taskId), toldAtDesk))];
}

/**
 * The messages about one schedule change to the people without Telegram it
 * concerns (changes.ts). Their calls become a list of their own (tasks of kind
 * 'change', ticked off like the daily call list, so two librarians see who was
 * called). One person: the message names them, with a button to tick the call;
 * several: each librarian gets one digest with a button to the list.
 * `describe` gives the change's text (key and variables) in a language.
 */
export async function changeCallNotices(
  change: { id: string; kind: string; groupId: string; centerId: string; actorId: number; now: Date },
  citizenIds: number[],
  describe: (language: Locale) => Promise<Record<string, string | number>>,
): Promise<OutboxItem[]> {
  if (citizenIds.length === 0) return [];
  const { staffIds, languages, wordsIn: varsIn } = await recipientsWithWords(change.centerId, change.actorId, describe);
  const person = citizenIds.length === 1 ? await CitizenModel.findById(citizenIds[0], { name: 1, phone: 1, notes: 1 }).lean() : undefined;
  if (person === null) return [];
  await openListedCalls(change.id, citizenIds.map((citizenId) => ({ citizenId, centerId: change.centerId, groupId: change.groupId })), change.now);
  const listButton = (key: string) => [[{ text: { key }, data: callDigestData.pack('change', change.id) }]];
  if (person) {
    return staffIds.map((staffId): OutboxItem => ({
      key: `chg:${change.id}:call:${person._id}:${staffId}`,
      citizenId: staffId,
      aboutCitizenId: person._id,
      priority: 'personal',
      message: {
        text: { key: `calls-change-${change.kind}`, vars: { ...varsIn.get(languages.get(staffId)!)!, name: singleLine(person.name), phone: phoneWithNote(person.phone, person.notes) } },
        buttons: listButton('calls-btn-mark-call'),
      },
    }));
  }
  return staffIds.map((staffId): OutboxItem => ({
    key: `chg:${change.id}:calls:${staffId}`,
    citizenId: staffId,
    priority: 'personal',
    message: {
      text: { key: `calls-digest-${change.kind}`, vars: { ...varsIn.get(languages.get(staffId)!)!, count: citizenIds.length } },
      buttons: listButton('calls-btn-open-list'),
    } satisfies OutgoingMessage,
  }));
}

/**
 * The calls of one action (a schedule change, a broadcast, a center closing: `listId`) that are ticked off on one list:
 * tasks of kind 'change', key `change:<listId>:<citizenId>`, so a repeat opens nothing twice. They hold the citizen's
 * id, never a name or phone.
 */
export async function openListedCalls(listId: string, calls: Array<{ citizenId: number; centerId: string; groupId?: Types.ObjectId | string; courseId?: string }>, now: Date, topic?: CenterCallTopic | CourseCallTopic) {
  if (calls.length === 0) return;
  // One insert, the unique key turning a repeat away: an upsert per call looked each key up first, which held the test
  // database for minutes on a paper list of 1,500 (probe s22 H4, bench:call-list-writes).
  const tasks = calls.map(({ citizenId, centerId, groupId, courseId }) => ({
    kind: 'change', key: listedCallKey(listId, citizenId), citizenId, centerId, ...(groupId ? { groupId } : {}), ...(courseId ? { courseId } : {}), ...(topic ? { topic } : {}), status: 'open', done: false, createdAt: now,
  }));
  try {
    await CallTaskModel.insertMany(tasks, { ordered: false });
  } catch (error) {
    if (!isBulkOfDuplicates(error)) throw error;
  }
  callListsChanged(calls.map((c) => c.centerId));
}

/**
 * A broadcast's text shortened for a staff screen (the 60-word rule): one line,
 * at most `words` words, "…" when cut.
 */
export function broadcastGist(text: string, words = BROADCAST_GIST_WORDS): string {
  const tokens = singleLine(text).split(/\s+/).filter(Boolean);
  const cut = tokens.length > words;
  const gist = tokens.slice(0, words).join(' ');
  const clipped = gist.length > 160 ? gist.slice(0, 159) : gist;
  return cut || clipped !== gist ? `${clipped}…` : clipped;
}
/** Words of a broadcast's text on its digest: the names and phones need the rest of the screen. */
export const BROADCAST_GIST_WORDS = 12;
/** Words of it on the call list, where it is read aloud on the phone (walk31 W31-12): whole unless very long. */
export const BROADCAST_LIST_WORDS = 40;

/** A person without Telegram in a broadcast's audience, at the center of their entry there. */
export interface BroadcastCall {
  citizenId: number;
  centerId: string;
  groupId?: Types.ObjectId;
}

/**
 * The calls a broadcast makes by phone (broadcast.ts, walk s20 #29): one task
 * per person without Telegram (kind 'change', key `change:<broadcastId>:<citizenId>`,
 * ticked off on the same list as a schedule change's calls). The author gets the
 * list's button on their report; every other librarian of those centers gets
 * one digest (key per broadcast and librarian, so a repeat adds nothing). The
 * digest names nobody.
 */
export async function broadcastCallNotices(
  broadcast: { id: string; authorId: number; text: string; now: Date },
  calls: BroadcastCall[],
): Promise<OutboxItem[]> {
  if (calls.length === 0) return [];
  await openListedCalls(broadcast.id, calls, broadcast.now);
  const mine = await byRecipient(calls, broadcast.authorId);
  mine.delete(broadcast.authorId); // the author has the button on their report
  const gist = broadcastGist(broadcast.text);
  return Promise.all([...mine].map(async ([staffId, theirs]): Promise<OutboxItem> => ({
    key: `bccalls:${broadcast.id}:${staffId}`,
    citizenId: staffId,
    priority: 'personal',
    message: {
      text: { key: 'calls-digest-broadcast', vars: { ...(await digestCounts(theirs.map((c) => c.citizenId))), text: gist } },
      buttons: [[{ text: { key: 'calls-btn-open-list' }, data: callDigestData.pack('change', broadcast.id) }]],
    },
  })));
}

/** The author's button to a broadcast's calls (on the report of a broadcast with people without Telegram). */
export const broadcastCallsButton = (broadcastId: string) => ({ key: 'calls-btn-who-to-call', data: callDigestData.pack('change', broadcastId) });

export interface ChangeCall {
  taskId: string;
  citizenId: number;
  name: string;
  phone: string;
  done: boolean;
  /** The center of the call (a list may span several: a broadcast's). */
  centerId: string;
}

/** What the calls are about: a schedule change of a group's course, or a broadcast's text (shortened). */
export type ChangeCallTopic = { kind: 'change' | CourseCallTopic; course: string } | { kind: 'broadcast'; text: string } | { kind: CenterCallTopic; center: string };

/** Calls about a center rather than a group: it stopped taking people ('closure'), took them again ('reopen'), or closed for some days (fix31b). */
export type CenterCallTopic = 'closure' | 'reopen' | 'close-days';
export type CourseCallTopic = 'course-pause' | 'course-resume' | 'putin'; // a course stopped or offered again (course-calls.ts); a put-in

/**
 * The people without Telegram waiting at a center that stopped taking people (walk s20 #46), or that takes them
 * again after they were phoned about its closing (walk s21 #15): the notice the others get in Telegram is a call,
 * listed like a change's calls under one digest per librarian. `id` is this closing's or reopening's own id (24 hex
 * digits): the same one again opens nothing twice.
 */
export async function centerCallNotices(
  topic: CenterCallTopic | CourseCallTopic,
  // `course`: a course's pause or resumption at this center (course-calls.ts): its calls carry it, its digest names it.
  event: { id: string; centerId: string; actorId: number; now: Date; course?: { id: string; title?: { ru?: string | null; en?: string | null } | null } },
  citizenIds: number[],
): Promise<OutboxItem[]> {
  if (citizenIds.length === 0) return [];
  const { course, centerId } = event;
  await openListedCalls(event.id, citizenIds.map((citizenId) => ({ citizenId, centerId, ...(course ? { courseId: course.id } : {}) })), event.now, topic);
  const staffIds = await callRecipients(event.centerId, event.actorId);
  const [languages, counts] = await Promise.all([staffLanguages(staffIds), digestCounts(citizenIds, topic === 'closure')]);
  const center = await describeCenter(event.centerId);
  return staffIds.map((staffId): OutboxItem => ({
    key: `${topic}calls:${event.id}:${staffId}`,
    citizenId: staffId,
    priority: 'personal',
    message: {
      text: {
        key: `calls-digest-${topic}`,
        vars: {
          ...counts,
          center: center ? centerPlace(center, languages.get(staffId)!) : event.centerId,
          ...(course ? { course: course.title?.[languages.get(staffId)!] ?? course.id } : {}),
          reopens: center?.reopensOn ? 'yes' : 'no', // a closing for a term: the day to tell (planned-reopening.ts)
          date: sayReopening(center?.reopensOn, languages.get(staffId)!, event.now),
        },
      },
      buttons: [[{ text: { key: 'calls-btn-open-list' }, data: callDigestData.pack('change', event.id) }]],
    },
  }));
}

/** One change's (or broadcast's) calls the role may see (its centers), in the order of names, with their topic; null when there are none. */
export async function changeCalls(role: Role, changeId: string, language: Locale): Promise<{ topic: ChangeCallTopic; calls: ChangeCall[] } | null> {
  if (!/^[0-9a-f]{24}$/.test(changeId)) return null;
  const tasks = await CallTaskModel.find({ key: listedCallsOf(changeId), kind: 'change', ...centerScope(role) }).lean();
  if (tasks.length === 0) return null;
  const people = await CitizenModel.find({ _id: { $in: tasks.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : [])) } }, { name: 1, phone: 1, notes: 1 }).lean();
  const personOf = new Map(people.map((p) => [p._id, p]));
  const calls = tasks.flatMap((t) => {
    const person = typeof t.citizenId === 'number' ? personOf.get(t.citizenId) : undefined;
    return person ? [{ taskId: String(t._id), citizenId: person._id, name: singleLine(person.name), phone: person.phone ? phoneWithNote(person.phone, person.notes) : '', done: t.done === true, centerId: t.centerId }] : [];
  });
  if (calls.length === 0) return null;
  calls.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const broadcast = await BroadcastModel.findById(changeId, { text: 1 }).lean();
  if (broadcast) return { topic: { kind: 'broadcast', text: broadcastGist(broadcast.text, BROADCAST_LIST_WORDS) }, calls };
  const about = tasks[0]!.topic;
  if (about === 'closure' || about === 'reopen' || about === 'close-days') {
    const center = await describeCenter(tasks[0]!.centerId);
    return { topic: { kind: about, center: center ? centerPlace(center, language) : tasks[0]!.centerId }, calls };
  }
  if (about === 'course-pause' || about === 'course-resume' || about === 'putin') return { topic: { kind: about, course: (await findCourse(tasks[0]!.courseId ?? ''))?.title[language] ?? '' }, calls };
  const group = await ClassGroupModel.findById(tasks[0]!.groupId, { courseId: 1 }).lean();
  const course = group ? await findCourse(group.courseId) : undefined;
  return { topic: { kind: 'change', course: course?.title[language] ?? group?.courseId ?? '' }, calls };
}

/** Marks one call of a change made (or not), `actorName` said beside the tick (walk28 W28-10); checked again against the role's centers (the data can be forged). */
export async function setChangeCallDone(role: Role, taskId: string, done: boolean, actorId: number, now: Date, actorName?: string): Promise<boolean> {
  if (!/^[0-9a-f]{24}$/.test(taskId)) return false;
  const marked = await CallTaskModel.updateOne({ _id: taskId, kind: 'change', ...centerScope(role) }, actorName ? { $set: { done, doneBy: actorId, doneAt: now, doneByName: actorName } } : { $set: { done, doneBy: actorId, doneAt: now }, $unset: { doneByName: 1 } });
  if (marked.matchedCount === 0) return false;
  await audit({ actorId, action: done ? 'changecall.done' : 'changecall.undone', target: `calltask:${taskId}` }, now);
  return true;
}
