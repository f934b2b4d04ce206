import { CitizenModel } from '../db/models/citizen.js';
import { CourseModel } from '../db/models/course.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, existingKeys, type OutboxItem } from '../outbox/index.js';
import { audit } from './audit.js';
import { findCenter, listCenters } from './catalog.js';
import { closedCenterData } from './center-closure.js';
import { centerTitleOf, centerWords } from './center-names.js';
import { openingAhead, sayReopening } from './planned-reopening.js';
import { whoseRecords, whoseVars } from './whose-record.js';

/**
 * A center opened in a town where people already wait at other centers (walk s21 #16: nobody was told). The
 * coordinator chooses to tell them (centers.ts: the card's button): each waiting entry with Telegram gets one
 * message in its person's language, with the move they can make themselves (the same "choose another center" as
 * a closing's notice: their join day, and so their place, moves with them). Staying is the default: nothing
 * changes for those who do nothing. Once per entry per center: a second press tells nobody twice.
 */

/** Waiting entries, with Telegram and reachable, at the other open centers of this open center's town. */
async function waitingInTown(centerId: string) {
  const center = await findCenter(centerId);
  if (!center) return [];
  const others = (await listCenters()).filter((c) => c.town === center.town && c.id !== centerId).map((c) => c.id);
  if (others.length === 0) return [];
  const entries = await WaitlistEntryModel.find({ centerId: { $in: others }, status: 'waiting', citizenId: { $gt: 0 } }, { citizenId: 1, courseId: 1 }).lean();
  const citizens = await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) }, reachable: { $ne: false } }, { language: 1 }).lean();
  const languageOf = new Map(citizens.map((c) => [c._id, c.language === 'en' ? ('en' as const) : ('ru' as const)]));
  // Those told before are not counted again: the card's "tell N" counts who would hear it now (probe s22 L2).
  const told = await existingKeys(entries.map((e) => openedKey(centerId, String(e._id))));
  return entries.flatMap((e) => {
    const language = languageOf.get(e.citizenId!);
    const entryId = String(e._id);
    return language && !told.has(openedKey(centerId, entryId)) ? [{ entryId, citizenId: e.citizenId!, courseId: e.courseId, language }] : [];
  });
}

/** One notice per waiting entry per new center. */
const openedKey = (centerId: string, entryId: string) => `center-opened:${centerId}:${entryId}`;

/** How many would be told (the card's button says it). */
export async function countWaitingInTown(centerId: string): Promise<number> {
  return (await waitingInTown(centerId)).length;
}

/** Tells them; returns how many were told now (0: nobody, or all told before). */
export async function tellTownOfNewCenter(centerId: string, actorId: number, now: Date): Promise<number> {
  const center = await findCenter(centerId);
  const waiting = await waitingInTown(centerId);
  if (!center || waiting.length === 0) return 0;
  const courses = await CourseModel.find({}, { title: 1 }).lean();
  const courseTitle = (id: string, language: 'ru' | 'en') => courses.find((c) => c._id === id)?.title?.[language] ?? id;
  const whose = await whoseRecords(waiting.map((w) => w.citizenId));
  const words = { ru: centerWords(center, 'ru'), en: centerWords(center, 'en') };
  const titles = { ru: await centerTitleOf(centerId, 'ru'), en: await centerTitleOf(centerId, 'en') };
  // Announced before its first day (walk34 W34-10, fix36d): «откроется 20 декабря», not «открылся»; its line takes people already.
  const opens = openingAhead(center, now);
  const items: OutboxItem[] = waiting.map((w) => ({
    key: openedKey(centerId, w.entryId),
    citizenId: w.citizenId,
    priority: 'personal',
    message: {
      text: {
        key: opens ? 'center-opens-notice' : 'center-opened-notice',
        vars: {
          town: words[w.language].town, center: titles[w.language], address: words[w.language].address, course: courseTitle(w.courseId, w.language),
          ...(opens ? { date: sayReopening(opens, w.language, now) } : {}),
          ...whoseVars(whose.get(w.citizenId)),
        },
      },
      buttons: [[{ text: { key: 'center-closed-move' }, data: closedCenterData.pack('move', w.entryId) }]],
    },
  }));
  const { added } = await enqueue(items, now);
  await audit({ actorId, action: 'center.announce', target: `center:${centerId}`, details: { told: added } }, now);
  return added;
}
