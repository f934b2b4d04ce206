import { createHash } from 'node:crypto';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { CourseModel } from '../db/models/course.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, withdrawUnsent, type OutboxItem } from '../outbox/index.js';
import { defineCallbackData, OBJECT_ID } from './callback-data.js';
import { CallTaskModel } from '../db/models/call-task.js';
import { centerCallNotices } from './call-digests.js';
import { centerInTownOf } from './center-names.js';
import { sayReopening } from './planned-reopening.js';
import { whoseRecords, whoseVars } from './whose-record.js';

/** The notice's buttons, with the entry's id: move to another center, or leave (src/bot/features/waitlist.ts). */
export const closedCenterData = defineCallbackData('wl', ['move', 'leave'], OBJECT_ID);

/**
 * A center stopped taking people: everyone waiting there is told, in their
 * own language, and offered another center (their join time, and so their
 * fairness, moves with them) or to leave the list. The buttons are the same
 * as under "My place in line". People without Telegram there become calls for
 * the center's librarians (the one who closed it when it has none). One message per entry per closing: the key
 * holds the moment of this closing, so closing again after a reopening tells
 * them again, while a repeated call tells nobody twice.
 */
export async function tellWaitingOfClosedCenter(center: { id: string; name: string; reopensOn?: string }, closedAt: Date, now: Date, actorId: number): Promise<number> {
  const everyone = await waitingAt(center.id);
  const waiting = everyone.filter((w) => hasTelegram(w.citizenId));
  // People without Telegram are phoned instead: their calls are listed for the center's librarians.
  const closureId = listIdOf(`${center.id}:${closedAt.getTime()}`);
  const paper = [...new Set(everyone.filter((w) => !hasTelegram(w.citizenId)).map((w) => w.citizenId))];
  const calls = await centerCallNotices('closure', { id: closureId, centerId: center.id, actorId, now }, paper);
  const items: OutboxItem[] = waiting.map(({ entryId, citizenId, course, centerTitle, language, whose }) => ({
    key: `${CLOSED_KEY}${entryId}:${closedAt.getTime()}`,
    citizenId,
    priority: 'personal',
    message: {
      // With the day it plans to take people again, when the coordinator gave one (walk s21 W21-14).
      text: {
        key: center.reopensOn ? 'center-closed-notice-until' : 'center-closed-notice',
        vars: { center: centerTitle, course, date: sayReopening(center.reopensOn, language, now), ...whoseVars(whose) },
      },
      buttons: [
        [{ text: { key: 'center-closed-move' }, data: closedCenterData.pack('move', entryId) }],
        [{ text: { key: 'center-closed-leave' }, data: closedCenterData.pack('leave', entryId) }],
      ],
    },
  }));
  const told = items.length === 0 ? 0 : (await enqueue(items, now)).added;
  if (calls.length > 0) await enqueue(calls, now);
  return told + paper.length;
}

/**
 * The center takes people again (hidden by mistake, say): closing notices not
 * sent yet are withdrawn, and whoever was told it closed and still waits there
 * is told it is open again and their place stands (the notice's buttons still
 * work, and moving stays their choice). For people without Telegram the same in
 * calls (walk s21 #15): a closing call not made yet is dropped (nobody is phoned
 * about a closing that is over), and whoever was phoned and still waits there
 * becomes a call with the good news.
 */
export async function tellWaitingOfReopenedCenter(centerId: string, reopenedAt: Date, now: Date, actorId: number): Promise<number> {
  const waiting = await waitingAt(centerId);
  const told = await withdrawUnsent(waiting.map((w) => `${CLOSED_KEY}${w.entryId}:`), 'center reopened');
  const items: OutboxItem[] = waiting
    .filter((w) => told.has(`${CLOSED_KEY}${w.entryId}:`))
    .map(({ entryId, citizenId, course, centerTitle, whose }) => ({
      key: `center-reopened:${entryId}:${reopenedAt.getTime()}`,
      citizenId,
      priority: 'personal',
      message: { text: { key: 'center-reopened-notice', vars: { center: centerTitle, course, ...whoseVars(whose) } } },
    }));
  const added = items.length === 0 ? 0 : (await enqueue(items, now)).added;
  const phoned = await closingCallsOver(centerId);
  const stillHere = new Set(
    (await WaitlistEntryModel.find({ centerId, status: 'waiting', citizenId: { $in: phoned } }, { citizenId: 1 }).lean()).map((e) => e.citizenId!),
  );
  const calls = await centerCallNotices('reopen', { id: listIdOf(`${centerId}:reopen:${reopenedAt.getTime()}`), centerId, actorId, now }, [...stillHere]);
  if (calls.length > 0) await enqueue(calls, now);
  return added + stillHere.size;
}

/** The closing's calls end with the reopening: those not made are dropped; returns who was phoned already. */
async function closingCallsOver(centerId: string): Promise<number[]> {
  const closing = { kind: 'change', topic: 'closure', centerId } as const;
  const phoned = await CallTaskModel.find({ ...closing, done: true }, { citizenId: 1 }).lean();
  await CallTaskModel.deleteMany(closing);
  return phoned.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : []));
}

/** A call list's id (24 hex digits, as a change's id) made from what it is about. */
const listIdOf = (what: string) => createHash('sha256').update(what).digest('hex').slice(0, 24);

const CLOSED_KEY = 'center-closed:';

/**
 * Everyone waiting at the center, with the course and the center's name in their language, and whose record it is
 * when a relative reads it (whose-record.ts).
 */
async function waitingAt(centerId: string) {
  const entries = await WaitlistEntryModel.find({ centerId, status: 'waiting' }, { citizenId: 1, courseId: 1 }).lean();
  const citizenIds = entries.map((e) => e.citizenId).filter((id): id is number => typeof id === 'number');
  if (citizenIds.length === 0) return [];
  const [citizens, courses, whose] = await Promise.all([
    CitizenModel.find({ _id: { $in: citizenIds } }, { language: 1 }).lean(),
    CourseModel.find({}, { title: 1 }).lean(),
    whoseRecords(citizenIds),
  ]);
  const languageOf = new Map(citizens.map((c) => [c._id, c.language === 'en' ? 'en' : 'ru'] as const));
  // Its name as the citizen knows it (with its town), in their language.
  const titles = { ru: await centerInTownOf(centerId, 'ru'), en: await centerInTownOf(centerId, 'en') };
  const titleOf = (courseId: string, language: 'ru' | 'en') => courses.find((c) => c._id === courseId)?.title?.[language] ?? courseId;
  return entries.flatMap((entry) => {
    if (typeof entry.citizenId !== 'number') return [];
    const language = languageOf.get(entry.citizenId) ?? 'ru';
    return [{ entryId: String(entry._id), citizenId: entry.citizenId, course: titleOf(entry.courseId, language), centerTitle: titles[language], language, whose: whose.get(entry.citizenId) }];
  });
}
