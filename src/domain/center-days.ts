import { Types } from 'mongoose';
import { CitizenModel } from '../db/models/citizen.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale, MessageText } from '../notify/notifier.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { changeCallNotices, openListedCalls } from './call-digests.js';
import { recordClosedDays } from './closed-days.js';
import { describeCenter, findCourse } from './catalog.js';
import { centerPlace, centerWords, saysTown } from './center-names.js';
import { groupForChange, type GroupForChange } from './change-groups.js';
import { applyChange, type HeldChange } from './changes.js';
import { inPersonChangeNotices } from './no-phone-notices.js';
import { languageOf } from './offer-messages.js';
import { canManageCenter, type Role } from './roles.js';
import { wordsOf } from './text.js';
import { compareDates, formatLessonTime, parseIsoDate, sayDate, toLocal, type LocalDate } from './time.js';

/**
 * A center closed for some days (repairs, a holiday; walk29 W29-15): every lesson of its open groups on those days is
 * cancelled in one step, each one as /change cancels a lesson (applyChange: the last lesson to come cancels or ends
 * its group), and each person hears of it once, even when in two of its groups.
 */

/** A lesson to cancel as the preview showed it (`from`: its start then). */
export type DayOffLesson = { groupId: string; lessonId: string; from: string };

/** The lessons of these groups of the center on the days from `from` to `to` (local dates, both included), in date order. */
export function lessonsOnDays(groups: GroupForChange[], centerId: string, from: LocalDate, to: LocalDate): DayOffLesson[] {
  const within = (iso: string, timeZone: string) => {
    const day = toLocal(new Date(iso), timeZone);
    return compareDates(day, from) >= 0 && compareDates(day, to) <= 0;
  };
  return groups
    .filter((g) => g.centerId === centerId)
    .flatMap((g) => g.lessons.filter((l) => within(l.startsAt, g.timeZone)).map((l) => ({ groupId: g.id, lessonId: l.id, from: l.startsAt })))
    .sort((a, b) => new Date(a.from).getTime() - new Date(b.from).getTime());
}

/** Groups whose every lesson to come is among these: cancelled (none held yet) or ended by it, as /change says. */
export function groupsEnding(groups: GroupForChange[], lessons: DayOffLesson[]): { cancelled: string[]; ended: string[] } {
  const whole = groups.filter((g) => g.lessons.length > 0 && g.lessons.every((l) => lessons.some((c) => c.lessonId === l.id)));
  return { cancelled: whole.filter((g) => g.held === 0).map((g) => g.id), ended: whole.filter((g) => g.held > 0).map((g) => g.id) };
}

export type DaysOffResult = { ok: true; lessons: number; notified: number; byPhone: number; inPerson: number } | { ok: false; reason: 'gone' | 'not-allowed' };

/** Cancels the lessons (any changed meanwhile are left) and sends each person one message, the librarians one each. */
export async function cancelCenterDays(
  actorId: number,
  role: Role,
  asked: { centerId: string; from: string; to: string; lessons: DayOffLesson[] },
  now: Date,
): Promise<DaysOffResult> {
  if (!canManageCenter(role, asked.centerId)) return { ok: false, reason: 'not-allowed' };
  const changeId = new Types.ObjectId().toHexString();
  const held: Array<HeldChange & { groupId: string }> = [];
  for (const lesson of asked.lessons) {
    const result = await applyChange(actorId, role, { kind: 'cancel-lesson', ...lesson }, now, { changeId });
    if (result.ok && result.held) held.push({ ...result.held, groupId: lesson.groupId });
  }
  if (held.length === 0) return { ok: false, reason: 'gone' };
  // Kept, so that a group opened later is warned of these days (walk31 W31-17).
  await recordClosedDays(actorId, asked.centerId, asked.from, asked.to, now, changeId);
  const days = { from: parseIsoDate(asked.from)!, to: parseIsoDate(asked.to)! };
  const center = await describeCenter(asked.centerId);
  const vars = (language: Locale) => Promise.resolve({
    center: center ? centerPlace(center, language, ': ') : asked.centerId,
    // «Центральная городская библиотека (Юрга)»: the person's message names it once (walk31 W31-13).
    place: center ? placeInTown(center, language) : asked.centerId,
    ...daysVars(days.from, days.to, language),
    lessons: held.length,
    phone: center?.phone ?? '',
  });
  const items = [...(await peopleNotices(changeId, held, vars, await resumesOf(held, days.to, now))), ...(await offersStillOpen(held, days))];
  // Each person once: her one message, or her offer sent again with the lessons left.
  const told = new Set(items.map((i) => i.citizenId)).size;
  // The librarians: one call (or one list) for everyone without Telegram, one line for those without a phone.
  const byPhone = uniqueBy(held.flatMap((h) => h.byPhone.map((citizenId) => ({ citizenId, groupId: h.groupId }))), (c) => c.citizenId);
  const inPerson = uniqueBy(held.flatMap((h) => h.inPerson), (p) => p.id);
  // Its own topic: the list is titled by the center closed, not by the first call's course (fix31b).
  await openListedCalls(changeId, byPhone.map((c) => ({ ...c, centerId: asked.centerId })), now, 'close-days');
  const change = { id: changeId, kind: 'close-days', groupId: held[0]!.groupId, centerId: asked.centerId, actorId, now };
  items.push(...(await changeCallNotices(change, byPhone.map((c) => c.citizenId), vars)), ...(await inPersonChangeNotices(change, inPerson, vars)));
  if (items.length > 0) await enqueue(items, now);
  return { ok: true, lessons: held.length, notified: told + byPhone.length + inPerson.length, byPhone: byPhone.length, inPerson: inPerson.length };
}

/** Lessons a person's message lists one by one; more are counted («…и ещё 3 занятия»). */
const LISTED_LESSONS = 3;

/** The words closed-days-notice says besides its variables, at most (the days: «с 30 ноября по 6 декабря»). */
const NOTICE_WORDS = {
  ru: { days: 8, header: 8, more: 4, next: 2, cancelled: 9, ended: 9, questions: 2 },
  en: { days: 7, header: 9, more: 3, next: 3, cancelled: 10, ended: 13, questions: 2 },
};

/**
 * One message a person: every lesson of hers cancelled (the first ones, when many), and her groups cancelled or ended by it, from the notices
 * applyChange made for each lesson (`rem-chg-lesson-cancelled` and the like, in her language).
 */
async function peopleNotices(changeId: string, held: HeldChange[], vars: (language: Locale) => Promise<Record<string, string | number>>, resumes: Resumes): Promise<OutboxItem[]> {
  const told = new Map<number, MessageText[]>();
  for (const item of held.flatMap((h) => h.items)) {
    if (item.key === `chg:${changeId}:${item.citizenId}` && 'key' in item.message.text) told.set(item.citizenId, [...(told.get(item.citizenId) ?? []), item.message.text]);
  }
  const languages = new Map((await CitizenModel.find({ _id: { $in: [...told.keys()] } }, { language: 1 }).lean()).map((c) => [c._id, c.language === 'en' ? 'en' : 'ru'] as const));
  const items: OutboxItem[] = [];
  for (const [citizenId, notices] of told) {
    const of = (key: string) => notices.filter((n) => 'key' in n && n.key === key).map((n) => n as { vars: Record<string, string> });
    // In date order, as they were cancelled.
    const lines = notices.filter((n) => 'key' in n && n.key !== 'rem-chg-group-cancelled').map((n) => `• ${(n as { vars: Record<string, string> }).vars.course}, ${(n as { vars: Record<string, string> }).vars.when}`);
    const language = languages.get(citizenId) ?? 'ru';
    // Quoted as each language quotes (fix31b: English read «…»).
    const courses = (key: string) => [...new Set(of(key).map((n) => (language === 'en' ? `"${n.vars.course}"` : `«${n.vars.course}»`)))].join(', ');
    const [ended, cancelled] = [courses('rem-chg-last-lesson-cancelled'), courses('rem-chg-group-cancelled')];
    // When her lessons go on after those days (walk31 W31-13): the first one, with its course when two of hers go on.
    const next = resumes(citizenId, language);
    const said = await vars(language);
    // Many lessons in those days: the first ones and how many more, as many as keep the message within 60 words (fix31b).
    const w = NOTICE_WORDS[language];
    const rest = wordsOf(String(said.place)) + w.days + w.questions + w.header + (next === 'none' ? 0 : w.next + wordsOf(next))
      + (cancelled ? w.cancelled + wordsOf(cancelled) : 0) + (ended ? w.ended + wordsOf(ended) : 0);
    let shown = lines.length > LISTED_LESSONS ? lines.slice(0, LISTED_LESSONS - 1) : lines;
    while (shown.length > 1 && rest + shown.reduce((n, line) => n + wordsOf(line), 0) + (shown.length < lines.length ? w.more : 0) > 60) shown = shown.slice(0, -1);
    const list = shown.join('\n') || 'none';
    const text = { key: 'closed-days-notice', vars: { ...said, list, more: lines.length - shown.length, next, ended: ended || 'none', cancelled: cancelled || 'none' } };
    items.push({ key: `chg:${changeId}:${citizenId}`, citizenId, priority: 'personal', message: { text } });
  }
  return items;
}

/**
 * The first lesson after the closed days of a person's groups that go on (her notice «lesson cancelled», not «last
 * lesson»), said with its course when two of her courses go on; 'none' when none does.
 */
type Resumes = (citizenId: number, language: Locale) => string;

async function resumesOf(held: Array<HeldChange & { groupId: string }>, to: LocalDate, now: Date): Promise<Resumes> {
  const groupsOf = new Map<number, Set<string>>();
  for (const h of held) for (const item of h.items) {
    if ('key' in item.message.text && item.message.text.key === 'rem-chg-lesson-cancelled') groupsOf.set(item.citizenId, (groupsOf.get(item.citizenId) ?? new Set()).add(h.groupId));
  }
  const firstAfter = new Map<string, { startsAt: Date; timeZone: string; courseId: string }>();
  for (const groupId of new Set([...groupsOf.values()].flatMap((ids) => [...ids]))) {
    const group = await groupForChange(groupId, now);
    const lesson = group?.lessons.find((l) => compareDates(toLocal(new Date(l.startsAt), group.timeZone), to) > 0);
    if (group && lesson) firstAfter.set(groupId, { startsAt: new Date(lesson.startsAt), timeZone: group.timeZone, courseId: group.courseId });
  }
  const titles = new Map<string, { ru: string; en: string }>();
  for (const { courseId } of firstAfter.values()) titles.set(courseId, (await findCourse(courseId))?.title ?? { ru: courseId, en: courseId });
  return (citizenId, language) => {
    const lessons = [...(groupsOf.get(citizenId) ?? [])].flatMap((id) => firstAfter.get(id) ?? []).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const first = lessons[0];
    if (!first) return 'none';
    const when = formatLessonTime(first.startsAt, first.timeZone, language);
    if (new Set(lessons.map((l) => l.courseId)).size === 1) return when;
    const title = titles.get(first.courseId)![language];
    return language === 'en' ? `${when} ("${title}")` : `${when} («${title}»)`;
  };
}

/**
 * The offers sent again with the new lessons: the last of each (the lessons as they are now), while it is still open.
 * Said as the center closed on those days, not as «the group's schedule changed» (fix31b).
 */
async function offersStillOpen(held: HeldChange[], days: { from: LocalDate; to: LocalDate }): Promise<OutboxItem[]> {
  const last = new Map(held.flatMap((h) => h.items).filter((i) => i.key.startsWith('offer-chg:')).map((i) => [i.key, i]));
  const open = new Set((await WaitlistEntryModel.find({ _id: { $in: [...last.keys()].map((k) => k.split(':')[2]!) }, status: 'offered' }, { _id: 1 }).lean()).map((e) => String(e._id)));
  const items = [...last.values()].filter((i) => open.has(i.key.split(':')[2]!));
  return Promise.all(items.map(async (item) => {
    const text = item.message.text;
    if (!('key' in text)) return item;
    const said = daysVars(days.from, days.to, await languageOf(item.citizenId));
    const closed = { closedFrom: said.from, closedTo: said.to, closedOneDay: said.oneDay };
    return { ...item, message: { ...item.message, text: { key: 'offer-days-off', vars: { ...text.vars, ...closed } } } };
  }));
}

/** The days for fix30b-days: «7 декабря», or «с 7 по 13 декабря» (the month once when both are in it). */
export function daysVars(from: LocalDate, to: LocalDate, language: Locale): { from: string; to: string; oneDay: 'yes' | 'no' } {
  const sameMonth = from.year === to.year && from.month === to.month;
  return { from: sameMonth && compareDates(from, to) !== 0 ? String(from.day) : sayDate(from, language), to: sayDate(to, language), oneDay: compareDates(from, to) === 0 ? 'yes' : 'no' };
}

/** A kept closing's days said as calls-btn-close-days reads them (walk31 W31-13). */
export const closedDays = (days: { from: string; to: string }, language: Locale) => daysVars(parseIsoDate(days.from)!, parseIsoDate(days.to)!, language);

/** The center's name, then its town in brackets unless the name says it. */
const placeInTown = (center: Parameters<typeof centerWords>[0], language: Locale) => {
  const words = centerWords(center, language);
  return saysTown(words.name, words.town) ? words.name : `${words.name} (${words.town})`;
};

const uniqueBy = <T, K>(list: T[], key: (item: T) => K): T[] => [...new Map(list.map((item) => [key(item), item])).values()];

/** The course titles of these groups, for the preview. */
export async function courseTitles(groups: GroupForChange[], locale: Locale): Promise<string> {
  // English readers get English quotes (walk34 W34-13).
  const quote = (title: string) => (locale === 'en' ? `"${title}"` : `«${title}»`);
  const titles = await Promise.all(groups.map(async (g) => quote((await findCourse(g.courseId))?.title[locale] ?? g.courseId)));
  return [...new Set(titles)].join(', ');
}
