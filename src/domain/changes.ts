import { Types } from 'mongoose';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import { audit } from './audit.js';
import { groupForChange, lessonInTheWay, openOffers, type GroupForChange } from './change-groups.js';
import { changeCallNotices } from './call-digests.js';
import { inPersonChangeNotices, withoutPhone } from './no-phone-notices.js';
import { withdrawGroupOffers } from './cancelled-group-seats.js';
import { endGroupEarly, lastLessonCancel } from './last-lesson.js';
import { returnGroupToLines } from './line-center.js';
import { describeCenter, findCourse } from './catalog.js';
import { whereVars } from './center-names.js';
import { scheduleVars } from './lesson-pattern.js';
import { offerHoldersOfChange } from './offer-schedule-change.js';
import { ANSWER_BEFORE_START_MS } from './offer-messages.js';
import { cancelPending, enqueue, type OutboxItem } from '../outbox/index.js';
import { canManageCenter, type Role } from './roles.js';
import { formatLessonTime } from './time.js';
import { whoseRecords, whoseVars } from './whose-record.js';

/**
 * Schedule changes by staff: move one lesson, shift the whole group by some
 * days, cancel one lesson, cancel the group. Participants are told at once
 * (outbox keys `chg:<changeId>:<citizenId>`); reminders follow the lessons by
 * themselves (their keys hold the lesson start). A cancelled group's
 * participants wait again with their original joinedAt.
 */

/**
 * A change as its preview showed it. `from` is the lesson's start (or every lesson's, in order) the
 * librarian saw: two librarians changing the same lesson at once, or a preview confirmed after someone
 * else moved it, find the lesson no longer there and change nothing ('gone').
 */
export type ChangeRequest =
  | { kind: 'move-lesson'; groupId: string; lessonId: string; from: string; startsAt: string }
  | { kind: 'shift-group'; groupId: string; from: string[]; days: number }
  | { kind: 'cancel-lesson'; groupId: string; lessonId: string; from: string }
  | { kind: 'cancel-group'; groupId: string };

/** `notified`: everyone told, of them `byPhone` through the librarians' call list, `inPerson` (no phone) by a librarian in person. */
export type ChangeResult = { ok: true; changeId: string; notified: number; byPhone: number; inPerson: number; held?: HeldChange } | { ok: false; reason: 'gone' | 'not-allowed' | 'past' | 'busy' };

/**
 * A change made as part of a larger one (center-days.ts: every lesson of a center on some days), under its `changeId`:
 * the messages are returned, not sent, with who is to be called or told in person; the caller sends each person one.
 */
export type HeldChange = { items: OutboxItem[]; byPhone: number[]; inPerson: Array<{ id: number; name: string }> };

const DAY_MS = 24 * 3600_000;

/**
 * Applies a change after checking the role on the group's center again, and
 * tells every enrolled participant in their own language, and everyone holding
 * an open seat offer for the group (their offer message shows the old times).
 */
export async function applyChange(actorId: number, role: Role, asked: ChangeRequest, now: Date, part?: { changeId: string }): Promise<ChangeResult> {
  const group = await groupForChange(asked.groupId, now);
  if (!group) return { ok: false, reason: 'gone' };
  if (!canManageCenter(role, group.centerId)) return { ok: false, reason: 'not-allowed' };
  const last = asked.kind === 'cancel-lesson' ? lastLessonCancel(group, asked.lessonId) : undefined;
  const request: ChangeRequest = last === 'cancels-group' ? { kind: 'cancel-group', groupId: group.id } : asked;
  // Read before the change: cancelling the group returns offers and enrollments to the line.
  const participants = await citizensToTell(group.id, now);
  const changeId = part?.changeId ?? new Types.ObjectId().toHexString();
  const notices = new Map<Locale, OutgoingMessage>();
  const lessonOf = (id: string) => group.lessons.find((l) => l.id === id);
  let changedLessons: string[] = [];

  switch (request.kind) {
    case 'move-lesson': {
      const lesson = lessonOf(request.lessonId);
      const startsAt = new Date(request.startsAt);
      if (!lesson || !sameInstant(lesson.startsAt, request.from)) return { ok: false, reason: 'gone' };
      if (!(startsAt > now)) return { ok: false, reason: 'past' };
      if (lessonInTheWay(group.lessons, lesson.id, request.startsAt)) return { ok: false, reason: 'busy' };
      // Conditional on the time previewed: of two moves confirmed at once, the second finds it gone.
      const moved = await LessonModel.updateOne({ _id: lesson.id, status: 'scheduled', startsAt: new Date(request.from) }, { $set: { startsAt } });
      if (moved.modifiedCount === 0) return { ok: false, reason: 'gone' };
      changedLessons = [lesson.id];
      for (const language of languages(participants)) {
        const vars = await groupVars(group, language);
        notices.set(language, { text: { key: 'rem-chg-moved', vars: { ...vars, old: when(lesson.startsAt, group, language), new: when(request.startsAt, group, language) } } });
      }
      break;
    }
    case 'shift-group': {
      if (!Number.isInteger(request.days) || request.days === 0) return { ok: false, reason: 'gone' };
      const seen = group.lessons.length === request.from.length && group.lessons.every((l, i) => sameInstant(l.startsAt, request.from[i]!));
      if (!seen) return { ok: false, reason: 'gone' };
      const shifted = group.lessons.map((l) => ({ ...l, startsAt: new Date(new Date(l.startsAt).getTime() + request.days * DAY_MS).toISOString() }));
      if (shifted.some((l) => new Date(l.startsAt) <= now)) return { ok: false, reason: 'past' };
      for (const [i, l] of shifted.entries()) {
        const moved = await LessonModel.updateOne({ _id: l.id, status: 'scheduled', startsAt: new Date(group.lessons[i]!.startsAt) }, { $set: { startsAt: new Date(l.startsAt) } });
        // Two shifts confirmed at once: whoever moves the first lesson first wins; the other changes nothing.
        if (i === 0 && moved.modifiedCount === 0) return { ok: false, reason: 'gone' };
      }
      changedLessons = shifted.map((l) => l.id);
      for (const language of languages(participants)) {
        const vars = await groupVars(group, language);
        const schedule = scheduleVars(shifted.map((l) => new Date(l.startsAt)), group.timeZone, language);
        notices.set(language, { text: { key: 'rem-chg-shifted', vars: { ...vars, ...schedule } } });
      }
      break;
    }
    case 'cancel-lesson': {
      const lesson = lessonOf(request.lessonId);
      if (!lesson || !sameInstant(lesson.startsAt, request.from)) return { ok: false, reason: 'gone' };
      const cancelled = await LessonModel.updateOne({ _id: lesson.id, status: 'scheduled', startsAt: new Date(request.from) }, { $set: { status: 'cancelled' } });
      if (cancelled.modifiedCount === 0) return { ok: false, reason: 'gone' };
      changedLessons = [lesson.id];
      if (last === 'ends-group') await endGroupEarly(group.id, now);
      for (const language of languages(participants)) {
        const vars = await groupVars(group, language);
        const key = last === 'ends-group' ? 'rem-chg-last-lesson-cancelled' : 'rem-chg-lesson-cancelled';
        notices.set(language, { text: { key, vars: { ...vars, when: when(lesson.startsAt, group, language) } } });
      }
      break;
    }
    case 'cancel-group': {
      const cancelled = await ClassGroupModel.updateOne({ _id: group.id, status: 'open' }, { $set: { status: 'cancelled', freeSeats: 0 } });
      if (cancelled.modifiedCount === 0) return { ok: false, reason: 'gone' };
      await LessonModel.updateMany({ groupId: group.id, status: 'scheduled' }, { $set: { status: 'cancelled' } });
      changedLessons = group.lessons.map((l) => l.id);
      // Back to the line, joinedAt untouched: the same place as before.
      await returnGroupToLines(group.id, now); // those from another center's line back to it (probe25 M6)
      await withdrawGroupOffers(group.id, now);
      await ClassGroupModel.updateOne({ _id: group.id }, { $set: { freeSeats: 0 } }); // the withdrawn offers gave their seats back
      for (const language of languages(participants)) {
        notices.set(language, { text: { key: 'rem-chg-group-cancelled', vars: await groupVars(group, language) } });
      }
      break;
    }
  }

  // Reminders already queued for the old times are void (new ones follow the new times).
  await skipQueuedReminders(changedLessons);
  if (request.kind !== 'cancel-group') await keepOffersBeforeFirstLesson(group.id, now);
  const inTelegram = participants.filter((p) => hasTelegram(p.citizenId));
  // Those holding an offer of a seat here get the offer again instead, with the new lessons and time to answer.
  const offersAgain = request.kind === 'cancel-group' ? [] : await offerHoldersOfChange(group.id, changeId, now);
  const toldWithOffer = new Set(offersAgain.map((item) => item.citizenId));
  // Whose lessons, on a relative's account (walk36 L2): the shared notice with her name on top.
  const whose = await whoseRecords(inTelegram.map((p) => p.citizenId));
  const noticeFor = (p: (typeof inTelegram)[number]) => {
    const notice = notices.get(p.language)!;
    const name = whose.get(p.citizenId);
    return name && 'key' in notice.text ? { ...notice, text: { ...notice.text, vars: { ...notice.text.vars, ...whoseVars(name) } } } : notice;
  };
  const items: OutboxItem[] = inTelegram
    .filter((p) => !toldWithOffer.has(p.citizenId))
    .map((p) => ({ key: `chg:${changeId}:${p.citizenId}`, citizenId: p.citizenId, priority: 'personal', message: noticeFor(p) }));
  items.push(...offersAgain);
  // People without Telegram hear of it by phone: the center's librarians are asked to call them (one message each).
  // Without a phone either (fix28d): nobody to dial; the librarians are told to tell them in person.
  const { others: byPhone, inPerson } = await withoutPhone(participants.filter((p) => !hasTelegram(p.citizenId)).map((p) => p.citizenId));
  if (!part) items.push(...(await callAboutChange(changeId, group, request, byPhone, inPerson, actorId, now)));
  const notified = inTelegram.length + byPhone.length + inPerson.length;
  if (items.length > 0 && !part) await enqueue(items, now);
  await audit(
    { actorId, action: auditAction[request.kind], target: `group:${group.id}`, details: { changeId, notified, ...('lessonId' in request ? { lessonId: request.lessonId } : {}), ...('days' in request ? { days: request.days } : {}) } },
    now,
  );
  return { ok: true, changeId, notified, byPhone: byPhone.length, inPerson: inPerson.length, ...(part ? { held: { items, byPhone, inPerson } } : {}) };
}

/** The same moment, however the ISO text was written (what the preview kept is plain JSON). */
const sameInstant = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

const auditAction: Record<ChangeRequest['kind'], string> = {
  'move-lesson': 'lesson.move',
  'shift-group': 'group.shift',
  'cancel-lesson': 'lesson.cancel',
  'cancel-group': 'group.cancel',
};

/**
 * The center's librarians are asked to call the participants without Telegram: one message each
 * (call-digests.ts: the person's name and phone when it is one, else how many, with the list behind a button),
 * in each librarian's language.
 */
async function callAboutChange(
  changeId: string,
  group: GroupForChange,
  request: ChangeRequest,
  citizenIds: number[],
  inPerson: Array<{ id: number; name: string }>,
  actorId: number,
  now: Date,
): Promise<OutboxItem[]> {
  const lesson = 'lessonId' in request ? group.lessons.find((l) => l.id === request.lessonId) : undefined;
  const describe = async (language: Locale): Promise<Record<string, string | number>> => ({
    ...(await groupVars(group, language)),
    ...(request.kind === 'move-lesson'
      ? { old: lesson ? when(lesson.startsAt, group, language) : '', new: when(request.startsAt, group, language) }
      : request.kind === 'cancel-lesson'
        ? { when: lesson ? when(lesson.startsAt, group, language) : '' }
        : request.kind === 'shift-group'
          ? { ...scheduleVars(group.lessons.map((l) => new Date(new Date(l.startsAt).getTime() + request.days * DAY_MS)), group.timeZone, language) }
          : {}),
  });
  // The last lesson to come cancelled after others were held: the course is over, not "the others go ahead".
  const kind = request.kind === 'cancel-lesson' && lastLessonCancel(group, request.lessonId) === 'ends-group' ? 'cancel-last-lesson' : request.kind;
  // Nobody to dial for people without a phone (fix28d): one line to tell them in person, no call.
  const change = { id: changeId, kind, groupId: group.id, centerId: group.centerId, actorId, now };
  return [...(await changeCallNotices(change, citizenIds, describe)), ...(await inPersonChangeNotices(change, inPerson, describe))];
}

async function skipQueuedReminders(lessonIds: string[]): Promise<void> {
  for (const lessonId of lessonIds) {
    await cancelPending(`rem:${lessonId}:`, 'lesson changed');
  }
}

/** Enrolled participants and holders of an open offer for the group, each once, with their language. */
export async function citizensToTell(groupId: string, now: Date): Promise<Array<{ citizenId: number; language: Locale }>> {
  const entries = await WaitlistEntryModel.find(
    { $or: [{ groupId, status: 'enrolled' }, openOffers([groupId], now)], citizenId: { $exists: true } },
    { citizenId: 1 },
  ).lean();
  const citizens = await CitizenModel.find({ _id: { $in: [...new Set(entries.map((e) => e.citizenId!))] } }, { language: 1 }).lean();
  return citizens.map((c) => ({ citizenId: c._id, language: c.language === 'en' ? 'en' : 'ru' }));
}

const languages = (participants: Array<{ language: Locale }>) => [...new Set(participants.map((p) => p.language))];
const when = (iso: string, group: GroupForChange, language: Locale) => formatLessonTime(new Date(iso), group.timeZone, language);

async function groupVars(group: GroupForChange, language: Locale): Promise<Record<string, string>> {
  const [course, center] = await Promise.all([findCourse(group.courseId), describeCenter(group.centerId)]);
  return {
    course: course?.title[language] ?? group.courseId,
    ...(await whereVars(group.centerId, group, language)),
    phone: center?.phone ?? '',
  };
}

/**
 * An offer must be answered an hour before the newcomer's first lesson (offers.ts caps its time so): the group's
 * first lesson, or the next one when the group has begun (joining-lesson.ts). That lesson moved earlier, or
 * cancelled, brings the moment forward: open offers end by then too, so no one accepts a seat for a lesson
 * that has already started.
 */
async function keepOffersBeforeFirstLesson(groupId: string, now: Date): Promise<void> {
  const first = await LessonModel.findOne({ groupId, status: 'scheduled', startsAt: { $gt: now } }, { startsAt: 1 }).sort({ startsAt: 1 }).lean();
  if (!first) return;
  const answerBy = new Date(first.startsAt.getTime() - ANSWER_BEFORE_START_MS);
  await WaitlistEntryModel.updateMany(
    { status: 'offered', 'offer.groupId': groupId, 'offer.expiresAt': { $gt: answerBy } },
    { $set: { 'offer.expiresAt': answerBy } },
  );
}
