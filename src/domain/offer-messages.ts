import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel, type TimeOfDay } from '../db/models/waitlist-entry.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import { defineCallbackData, OBJECT_ID } from './callback-data.js';
import { describeCenter, findCourse } from './catalog.js';
import { contactVars } from './contact.js';
import { whereVars } from './center-names.js';
import { scheduleVars } from './lesson-pattern.js';
import type { OutboxItem } from '../outbox/index.js';
import { whoseRecord, whoseVars } from './whose-record.js';
import { clockTime, formatLessonTime, nearDay, sayDate, toLocal } from './time.js';

/** The texts of seat offers: keys and variables, translated by the sender in the citizen's language. */

/**
 * The buttons under an offer (citizen side): Accept, Decline, and after Decline
 * keep my place / leave the list, "Give up the seat" under a typed yes (walk s22 W22-20), and "I'll come to …, right?"
 * after a hurried yes (walk28 W28-18); answered in
 * src/bot/features/classes/offers.ts.
 */
export const offerData = defineCallbackData('offer', ['acc', 'dec', 'keep', 'leave', 'undo', 'sure', 'unsure'], OBJECT_ID);

/**
 * An offer is due an hour before the group's first lesson, never at its start: whoever says yes can still get
 * there, and the seat can still go to the next person (walk s21 W21-09). offers.ts and changes.ts keep to it.
 */
export const ANSWER_BEFORE_START_MS = 3600_000;

export async function languageOf(citizenId: number): Promise<Locale> {
  const citizen = await CitizenModel.findById(citizenId, { language: 1 }).lean();
  return citizen?.language === 'en' ? 'en' : 'ru';
}

/**
 * Course, center, address, every lesson and whom to ask, in the citizen's language and the center's time zone.
 * With `now`, a first lesson or a deadline that falls today is said as "today at 19:55" (walk s21 W21-09), and
 * in a group already begun only the lessons to come are listed, with `begun` 'yes' (walk s21 W21-26: offerKey).
 */
export async function offerVars(groupId: string, language: Locale, expiresAt?: Date, now?: Date, asked?: TimeOfDay): Promise<Record<string, string | number>> {
  const group = await ClassGroupModel.findById(groupId).lean();
  if (!group) return {};
  const [course, center, all] = await Promise.all([
    findCourse(group.courseId),
    describeCenter(group.centerId),
    LessonModel.find({ groupId: group._id, status: 'scheduled' }).sort({ index: 1 }).lean(),
  ]);
  // A lesson already begun is not one of theirs (joining-lesson.ts).
  const lessons = now ? all.filter((l) => l.startsAt > now) : all;
  const timeZone = center?.timeZone ?? 'Asia/Novokuznetsk';
  // A 12-lesson group as a pattern, not twelve lines (a citizen's message is at most 60 words).
  const schedule = scheduleVars(lessons.map((l) => l.startsAt), timeZone, language);
  const first = todayVars('first', lessons[0]?.startsAt, now, timeZone);
  // A first lesson today is said in the lessons themselves, not on a line of its own (60 words: fixT's note): the list's
  // first line is "• сегодня, 10:00", a rhythm or a span runs "с сегодняшнего дня".
  if (first.firstToday === 'yes') {
    schedule.lessons = schedule.lessons.replace(/^\n• [^\n]*/, `\n• ${TODAY[language]}, ${first.firstTime}`);
    schedule.from = FROM_TODAY[language];
  }
  return {
    course: course?.title[language] ?? group.courseId,
    ...(await whereVars(group.centerId, group, language)),
    ...schedule,
    until: expiresAt ? formatLessonTime(expiresAt, timeZone, language) : '',
    ...first,
    ...todayVars('until', expiresAt, now, timeZone),
    ...(await contactVars(group.librarianId, center, language)),
    begun: lessons.length < all.length ? 'yes' : 'no',
    ...timeAskedVars(asked, group.timeOfDay),
  };
}

const TODAY: Record<Locale, string> = { ru: 'сегодня', en: 'today' };
/** After "с" / "from" in a rhythm or a span that begins today. */
const FROM_TODAY: Record<Locale, string> = { ru: 'сегодняшнего дня', en: 'today' };

/**
 * The time of day the person asked for, when the group's is another (walk s22 W22-31): the line stays longest
 * waiting first (README), so a morning group may be offered to someone who asked for evenings; the offer says so
 * (offer-time-note) and that "Не смогу" keeps their place.
 */
function timeAskedVars(asked: TimeOfDay | undefined, groupTime: string) {
  const differs = asked !== undefined && asked !== 'any' && asked !== groupTime;
  return { timeDiffers: differs ? 'yes' : 'no', timeAsked: asked ?? 'any', groupTime };
}

/** The time of day an entry asked for (for offerVars). */
export async function timeAskedOf(entryId: string): Promise<TimeOfDay | undefined> {
  return (await WaitlistEntryModel.findById(entryId, { timeOfDay: 1 }).lean())?.timeOfDay;
}

/** The offer's text key: the plain one, or the one that says the group has begun and the librarian will help catch up. */
export const offerKey = (kind: 'offer' | 'offer-rem', vars: Record<string, string | number>) =>
  `${kind === 'offer' ? 'cls-offer' : 'cls-offer-reminder'}${vars.begun === 'yes' ? '-begun' : ''}`;

/** `<name>Today`: 'yes' when `instant` is on today's date at the center, and `<name>Time`: its "19:55". */
function todayVars(name: string, instant: Date | undefined, now: Date | undefined, timeZone: string) {
  const today = instant && now && nearDay(instant, now, timeZone) === 'today';
  return { [`${name}Today`]: today ? 'yes' : 'no', [`${name}Time`]: instant ? clockTime(instant, timeZone) : '' };
}

/** An offer a citizen holds; `offeredAt` names it among the entry's offers (its messages' keys hold it: walk29 W29-21). */
export interface OpenOffer {
  entryId: string;
  groupId: string;
  offeredAt?: Date;
  expiresAt: Date;
  timeOfDay: TimeOfDay;
}

/** The seat offers a citizen holds and can still answer (entry, group, until when). */
export async function openOffersOf(citizenId: number, now: Date): Promise<OpenOffer[]> {
  const entries = await WaitlistEntryModel.find({ citizenId, status: 'offered', 'offer.expiresAt': { $gt: now } }, { offer: 1, timeOfDay: 1 }).lean();
  return entries.flatMap((e) =>
    e.offer?.groupId && e.offer.expiresAt
      ? [{ entryId: String(e._id), groupId: String(e.offer.groupId), offeredAt: e.offer.offeredAt ?? undefined, expiresAt: e.offer.expiresAt, timeOfDay: e.timeOfDay }]
      : [],
  );
}

/** Accept and Decline under an offer (keys translated where it is sent). */
export const offerButtons = (entryId: string) => [
  [{ text: { key: 'cls-offer-accept' }, data: offerData.pack('acc', entryId) }],
  [{ text: { key: 'cls-offer-decline' }, data: offerData.pack('dec', entryId) }],
];

/** `now`: when it is sent (the offer's own moment unless a reminder or a late copy). */
export async function offerMessage(kind: 'offer' | 'offer-rem', entryId: string, citizenId: number, groupId: string, offeredAt: Date, expiresAt: Date, now = offeredAt): Promise<OutboxItem> {
  const vars = await offerVars(groupId, await languageOf(citizenId), expiresAt, now, await timeAskedOf(entryId));
  const message: OutgoingMessage = {
    // Read by a relative: «Запись на имя …» on its first line (walk36 L2).
    text: { key: offerKey(kind, vars), vars: { ...vars, ...whoseVars(await whoseRecord(citizenId)) } },
    buttons: offerButtons(entryId),
  };
  return { key: `${kind}:${entryId}:${offeredAt.getTime()}`, citizenId, priority: 'personal', message };
}


/** The course and the date of the group's first lesson to come ("4 декабря"), for "I'll come to …, from … — right?" (walk28 W28-18). */
export async function offerCourseAndStart(groupId: string, language: Locale, now: Date): Promise<{ course: string; from: string } | undefined> {
  const group = await ClassGroupModel.findById(groupId, { courseId: 1, centerId: 1 }).lean();
  if (!group) return undefined;
  const [course, center, lesson] = await Promise.all([
    findCourse(group.courseId),
    describeCenter(group.centerId),
    LessonModel.findOne({ groupId: group._id, status: 'scheduled', startsAt: { $gt: now } }).sort({ startsAt: 1 }).lean(),
  ]);
  const from = lesson ? sayDate(toLocal(lesson.startsAt, center?.timeZone ?? 'Asia/Novokuznetsk'), language) : '';
  return { course: course?.title[language] ?? group.courseId, from };
}
