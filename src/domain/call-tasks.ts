import { Types } from 'mongoose';
import { CallTaskModel, OPENED_UNSET, type CallTaskStatus } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import { defineCallbackData, OBJECT_ID } from './callback-data.js';
import { callListsChanged } from './call-list-changes.js';
import { describeCenter, findCourse } from './catalog.js';
import { centerPlaceOf, centerWords } from './center-names.js';
import { groupRoom } from './place-words.js';
import { centerScope, type Role } from './roles.js';
import { phoneWithNote } from './phone.js';
import { singleLine } from './text.js';
import { scheduleVars } from './lesson-pattern.js';
import { formatLessonTime } from './time.js';
import { isObjectId } from './ids.js';
import { enqueue, forgottenKey, sentMessagesUnder, type ForgetReason, type OutboxItem } from '../outbox/index.js';
import { staffLanguages } from './staff-language.js';
import { tellNoPhoneHoldEnded } from './no-phone-expired.js';
import { referredBy } from './partners/referrals.js';

/**
 * Seat offers for people without Telegram (issue 11.3): instead of a message
 * to them, the center's librarians get a call task through the outbox, with
 * the same three answers a Telegram citizen has (call-answers.ts records them).
 * offers.ts opens a task where it would send an offer, and closes it with the
 * offer (expired, withdrawn); the task holds ids only, the name and phone are
 * read when a message is built.
 */

/**
 * A call task's buttons, with the task's id: accepted (a), declined (d), no
 * answer (n), and after declined keep the place (k), leave the list (l) or
 * back (b). Answered in src/bot/features/calls/task-answers.ts.
 */
export const callTaskData = defineCallbackData('ct', ['a', 'd', 'n', 'k', 'l', 'b'], OBJECT_ID);

/** The outbox key of an offer call's card to one staff member (offerCallNotices); /add looks it up (walk34 W34-01). */
export const callCardKey = (taskId: string, staffId: number) => `call:${taskId}:${staffId}`;

/** Who calls for a center: its librarians; a center without any: the group's creator (a coordinator, say). */
export async function callRecipients(centerId: string, fallbackId: number): Promise<number[]> {
  const librarians = await StaffMemberModel.find({ centerIds: centerId }, { _id: 1 }).lean();
  return librarians.length > 0 ? librarians.map((l) => l._id) : [fallbackId];
}

/** A change's call recipients (callRecipients), each one's language, and `describe`'s words once per language used. */
export async function recipientsWithWords<V>(centerId: string, fallbackId: number, describe: (language: Locale) => Promise<V>) {
  const staffIds = await callRecipients(centerId, fallbackId);
  const languages = await staffLanguages(staffIds);
  const wordsIn = new Map<Locale, V>();
  for (const language of new Set(languages.values())) wordsIn.set(language, await describe(language));
  return { staffIds, languages, wordsIn };
}

/**
 * A group's scheduled lessons as people tell them (`lessons-said`: "по вторникам и четвергам в 10:00, 2 занятия, с 1 декабря").
 * With `from`: only the lessons starting after it (a seat offered in a group already begun, joining-lesson.ts).
 */
export async function lessonsSaid(groupId: Types.ObjectId | string, timeZone: string, language: Locale, from?: Date) {
  const lessons = await LessonModel.find({ groupId, status: 'scheduled', ...(from ? { startsAt: { $gt: from } } : {}) }, { startsAt: 1 }).sort({ index: 1 }).lean();
  return scheduleVars(lessons.map((l) => l.startsAt), timeZone, language);
}

/** The text and buttons of an offer's call task, in `language` (staff read the default one). */
export async function callTaskMessage(taskId: string, language: Locale = 'ru'): Promise<OutgoingMessage | null> {
  if (!isObjectId(taskId)) return null;
  const task = await CallTaskModel.findById(taskId).lean();
  if (!task || task.kind !== 'offer' || !task.groupId) return null;
  const [citizen, group] = await Promise.all([
    CitizenModel.findById(task.citizenId, { name: 1, phone: 1, notes: 1 }).lean(),
    ClassGroupModel.findById(task.groupId, { courseId: 1, centerId: 1, room: 1, roomEn: 1 }).lean(),
  ]);
  if (!citizen || !group) return null;
  const [course, center] = await Promise.all([findCourse(group.courseId), describeCenter(group.centerId)]);
  const timeZone = center?.timeZone ?? 'Asia/Novokuznetsk';
  // The place as the digests and the partner's line say it, town first (fix40a: centerPlaceOf), the town not said twice.
  const place = await centerPlaceOf(group.centerId, language);
  const vars = {
    name: singleLine(citizen.name),
    phone: phoneWithNote(citizen.phone, citizen.notes),
    course: course?.title[language] ?? group.courseId,
    ...place,
    room: groupRoom({ room: singleLine(group.room), roomEn: group.roomEn }, language),
    until: task.expiresAt ? formatLessonTime(task.expiresAt, timeZone, language) : '',
    ...(await lessonsSaid(group._id, timeZone, language, task.offeredAt ?? undefined)),
  };
  // One lesson held before the seat was offered: the librarian tells the person they start with the next one.
  const begun = task.offeredAt ? await LessonModel.exists({ groupId: group._id, status: 'scheduled', startsAt: { $lte: task.offeredAt } }) : null;
  const id = String(task._id);
  // A Telegram id here blocked the bot (offers.ts calls them instead): the card says so, not "without Telegram".
  const blocked = hasTelegram(citizen._id) ? '-blocked' : '';
  // Nobody to dial (fix28d): the same card and answers, said when the person comes in.
  const key = citizen.phone ? `${begun ? 'calls-task-begun' : 'calls-task'}${blocked}` : begun ? 'no-phone-task-begun' : 'no-phone-task';
  // A partner's person: with a phone the library calls, not the partner; with none the partner, written to, tells her (W34-17).
  const by = await referredBy(task.entryId);
  const referred = by && (citizen.phone || by.told) ? 'yes' : 'no';
  return {
    text: { key, vars: { ...vars, referred, partner: by?.partner ?? '' } },
    buttons: [
      [{ text: { key: 'calls-btn-accepted' }, data: callTaskData.pack('a', id) }],
      [{ text: { key: 'calls-btn-declined' }, data: callTaskData.pack('d', id) }],
      // Nobody to dial, so no "no answer": the seat is held until the deadline anyway.
      ...(citizen.phone || blocked ? [[{ text: { key: 'calls-btn-no-answer' }, data: callTaskData.pack('n', id) }]] : []),
    ],
  };
}

/**
 * Opens the call task for a seat just offered to a person without Telegram and
 * returns it; the librarians hear of it through offerCallNotices (call-digests.ts),
 * once for all the seats one action offered. Safe to repeat: one task per offer (its key).
 */
export async function openOfferCallTask(
  entry: { _id: Types.ObjectId; citizenId: number; centerId: string },
  offeredAt: Date,
  expiresAt: Date,
  groupId: Types.ObjectId,
): Promise<{ taskId: string; citizenId: number; centerId: string } | null> {
  const key = `offer:${String(entry._id)}:${offeredAt.getTime()}`;
  await CallTaskModel.updateOne(
    { key },
    {
      $setOnInsert: {
        kind: 'offer', key, citizenId: entry.citizenId, centerId: entry.centerId, status: 'open',
        entryId: entry._id, groupId, offeredAt, expiresAt, noAnswerCount: 0, createdAt: offeredAt,
      },
    },
    { upsert: true },
  );
  const task = await CallTaskModel.findOne({ key }, { _id: 1 }).lean();
  callListsChanged([entry.centerId]);
  return task ? { taskId: String(task._id), citizenId: entry.citizenId, centerId: entry.centerId } : null;
}

/**
 * The offer was closed without a librarian's answer (expired, withdrawn, answered in Telegram): so is its task, and
 * the librarians' cards of it lose their buttons (walk s22 W22-13).
 */
export async function closeOfferCallTasks(entryId: string, groupId: Types.ObjectId | string, status: Exclude<CallTaskStatus, 'open'>, now: Date, inTelegram = false): Promise<void> {
  const open = await CallTaskModel.find({ kind: 'offer', entryId, groupId, status: 'open' }, { _id: 1, centerId: 1, entryId: 1, groupId: 1 }).lean();
  if (open.length === 0) return;
  callListsChanged(open.map((t) => t.centerId));
  const set = { status, closedAt: now, ...(inTelegram ? { answeredInTelegram: true } : {}) };
  await CallTaskModel.updateMany({ _id: { $in: open.map((t) => t._id) }, status: 'open' }, { $set: set, $unset: OPENED_UNSET });
  for (const task of open) await closeCallCards(String(task._id), now);
  // Nobody could tell a person with no phone in time: the desk hears the seat is no longer held (walk29 W29-23).
  if (status === 'expired') for (const task of open) await tellNoPhoneHoldEnded(task, now);
}

/**
 * An offer call closed (a librarian, a partner's representative or the offer itself answered it): each card of it
 * already in a librarian's chat is edited to say what happened and who recorded it, without its buttons, so nobody
 * phones for nothing (walk s22 W22-13). `except`: the card whose press answered it (that press shows the outcome).
 * Cards not delivered yet are not sent: the task is no longer open.
 */
export async function closeCallCards(taskId: string, now: Date, except?: { chatId: number; messageId: number }): Promise<void> {
  if (!isObjectId(taskId)) return;
  const task = await CallTaskModel.findById(taskId, { status: 1, centerId: 1, citizenId: 1, answeredByName: 1, answeredAt: 1, answeredInTelegram: 1, cards: 1 }).lean();
  if (!task || task.status === 'open') return;
  const all = [...(await sentMessagesUnder(`call:${taskId}:`)), ...(task.cards ?? [])];
  const cards = all.filter((c, i) => (c.chatId !== except?.chatId || c.messageId !== except.messageId) && all.findIndex((o) => o.chatId === c.chatId && o.messageId === c.messageId) === i);
  if (cards.length === 0) return;
  const [languages, center] = await Promise.all([staffLanguages(cards.map((c) => c.chatId)), describeCenter(task.centerId)]);
  // Who answered, when someone did (an offer that ran out, a group changed, Telegram linked: nobody).
  const answered = (task.status === 'accepted' || task.status === 'declined') && task.answeredByName && task.answeredAt ? task.answeredAt : undefined;
  const items: OutboxItem[] = [];
  for (const { chatId, messageId } of cards) {
    const language = languages.get(chatId) ?? 'ru';
    const card = await callTaskMessage(taskId, language);
    if (!card || 'raw' in card.text) continue;
    const at = answered ? formatLessonTime(answered, center?.timeZone ?? 'Asia/Novokuznetsk', language) : '';
    const vars = { ...card.text.vars, status: task.status, by: task.answeredByName ?? '', at };
    // She came back and answered the offer herself: said so, as a card says she linked Telegram (fix34e).
    const key = task.answeredInTelegram && card.text.key.startsWith('calls-task') ? card.text.key.replace(/^calls-task/, 'call-telegram') : closedCardKey(card.text.key, answered !== undefined);
    items.push({
      key: `callclosed:${taskId}:${chatId}:${messageId}`, citizenId: chatId, priority: 'personal',
      ...(typeof task.citizenId === 'number' ? { aboutCitizenId: task.citizenId } : {}),
      message: { text: { key, vars }, replaces: messageId },
    });
  }
  if (items.length > 0) await enqueue(items, now);
}

/**
 * A closed card's key: calls-task(-begun)(-blocked) → call-closed(-plain)(-begun)(-blocked); a no-phone card's
 * no-phone-task(-begun) → no-phone-closed(-plain)(-begun) (walk29 W29-01: it became «{call-closedno-phone-task}»).
 */
export function closedCardKey(cardKey: string, answered: boolean): string {
  const noPhone = /^no-phone-task/.exec(cardKey);
  const [prefix, rest] = noPhone ? ['no-phone-closed', cardKey.slice('no-phone-task'.length)] : ['call-closed', cardKey.replace(/^calls-task/, '')];
  return `${prefix}${answered ? '' : '-plain'}${rest}`;
}

/** A card of an open call a librarian opened from /calls: remembered, so that it too is edited when the call closes. */
export async function noteCallCard(taskId: string, chatId: number, messageId: number): Promise<void> {
  if (!isObjectId(taskId)) return;
  await CallTaskModel.updateOne({ _id: taskId, status: 'open' }, { $addToSet: { cards: { chatId, messageId } } });
}

export interface OpenCallTask {
  id: string;
  citizenId: number;
  name: string;
  phone: string;
  course: string;
  /** The course in a word or two ("Основы"), for the one-line list. */
  short: string;
  center: string;
  centerId: string;
  /** ISO instant; shown in the center's zone. */
  expiresAt: string;
  timeZone: string;
  noAnswerCount: number;
}

/** Open offer call tasks the role may answer, soonest expiry first (for /calls). */
export async function openCallTasks(role: Role, now: Date, language: Locale): Promise<OpenCallTask[]> {
  const tasks = await CallTaskModel.find({ kind: 'offer', status: 'open', expiresAt: { $gt: now }, ...centerScope(role) }).sort({ expiresAt: 1, _id: 1 }).lean();
  if (tasks.length === 0) return [];
  const [citizens, groups] = await Promise.all([
    CitizenModel.find({ _id: { $in: tasks.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : [])) } }, { name: 1, phone: 1, notes: 1 }).lean(),
    ClassGroupModel.find({ _id: { $in: tasks.map((t) => t.groupId) } }, { courseId: 1 }).lean(),
  ]);
  const citizenOf = new Map(citizens.map((c) => [c._id, c]));
  const courseOf = new Map(groups.map((g) => [String(g._id), g.courseId]));
  const views: OpenCallTask[] = [];
  for (const t of tasks) {
    const citizen = t.citizenId === undefined || t.citizenId === null ? undefined : citizenOf.get(t.citizenId);
    if (!citizen) continue;
    const courseId = courseOf.get(String(t.groupId)) ?? '';
    const [course, center] = await Promise.all([findCourse(courseId), describeCenter(t.centerId)]);
    views.push({
      id: String(t._id),
      citizenId: citizen._id,
      name: singleLine(citizen.name),
      /** With the note typed beside it, as on the call card (walk35 L7); '' without a phone (fix28d): said in words. */
      phone: citizen.phone ? phoneWithNote(citizen.phone, citizen.notes) : '',
      course: course?.title[language] ?? courseId,
      short: course?.short[language] ?? courseId,
      center: center ? centerWords(center, language).name : t.centerId,
      centerId: t.centerId,
      expiresAt: t.expiresAt!.toISOString(),
      timeZone: center?.timeZone ?? 'Asia/Novokuznetsk',
      noAnswerCount: t.noAnswerCount ?? 0,
    });
  }
  return views;
}

/** The person's open seat-offer call tasks at the role's centers (/find shows their cards: fix28d). */
export async function openOfferTasksOf(citizenId: number, role: Role, now: Date): Promise<string[]> {
  const tasks = await CallTaskModel.find({ citizenId, kind: 'offer', status: 'open', expiresAt: { $gt: now }, ...centerScope(role) }, { _id: 1 }).lean();
  return tasks.map((t) => String(t._id));
}

/**
 * A person without Telegram linked it (link-telegram.ts): their open tasks are
 * cancelled (offers go on in Telegram) and every task moves to the new id, so
 * a later /forget finds it.
 */
export async function moveCallTasks(fromCitizenId: number, toCitizenId: number, now: Date): Promise<number> {
  const open = await CallTaskModel.find({ citizenId: fromCitizenId, kind: 'offer', status: 'open' }, { _id: 1 }).lean();
  const cancelled = await CallTaskModel.updateMany({ _id: { $in: open.map((t) => t._id) }, status: 'open' }, { $set: { status: 'cancelled', closedAt: now }, $unset: OPENED_UNSET });
  // The librarians' cards say the offer went on in Telegram (walk s22 W22-13), still naming the record they were about.
  for (const task of open) await closeCallCards(String(task._id), now);
  await CallTaskModel.updateMany({ citizenId: fromCitizenId }, { $set: { citizenId: toCitizenId } });
  return cancelled.modifiedCount;
}

/**
 * /forget: the citizen's call marks go and their offer tasks keep no id (anonymous rows, so /stats still
 * counts the offers); the outbox messages about them are anonymised by forgetRecipientInOutbox. The cards of
 * their calls librarians opened from /calls (plain replies the outbox never sent, `cards`) are edited to the
 * same "removed" line, without buttons, and forgotten too: their name and phone leave those chats.
 */
export async function forgetCallTasksOf(citizenId: number, now: Date, reason: ForgetReason = 'asked'): Promise<void> {
  const opened = await CallTaskModel.find({ citizenId, cards: { $exists: true } }, { cards: 1 }).lean();
  const edits = opened.flatMap((task) =>
    (task.cards ?? []).map(({ chatId, messageId }): OutboxItem => ({
      key: `forgot-card:${String(task._id)}:${chatId}:${messageId}`, citizenId: chatId, priority: 'personal',
      message: { text: { key: forgottenKey('outbox-notice-forgotten', reason) }, replaces: messageId },
    })),
  );
  if (edits.length > 0) await enqueue(edits, now);
  // The /calls screens of their centers count these calls: redrawn once the update is done.
  callListsChanged(await CallTaskModel.distinct('centerId', { citizenId, kind: { $in: ['change', 'offer'] }, status: 'open' }));
  await CallTaskModel.deleteMany({ citizenId, kind: { $in: ['lesson', 'change'] } });
  await CallTaskModel.updateMany({ citizenId, status: 'open' }, { $set: { status: 'released', closedAt: now }, $unset: OPENED_UNSET });
  await CallTaskModel.updateMany({ citizenId }, { $unset: { citizenId: 1, cards: 1 } });
}

/** Every seat offer's key, `offer:<entryId>:<offeredAt ms>`, made by phone (for /stats, beside the outbox's offer messages). */
export async function callOfferKeys(): Promise<string[]> {
  return (await CallTaskModel.find({ kind: 'offer' }, { key: 1, _id: 0 }).lean()).map((t) => t.key);
}
