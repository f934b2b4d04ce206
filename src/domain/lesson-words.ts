import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter, findCourse } from './catalog.js';
import { whereVars } from './center-names.js';
import { contactVars } from './contact.js';
import { clockTime, formatLessonTime, nearDay } from './time.js';

/**
 * What a reminder (and the librarian's «не сможет прийти») says about a lesson: course, when, where, whom to ask.
 * `sentFrom`: the earliest moment the message can be sent. When the lesson is on that same day (center's zone), every
 * moment up to its start is too, so the message may say «сегодня в 20:45» ($near today, $time) as «Моё место» does
 * (walk36 L1); a message that may go out before midnight for a lesson after it keeps the date ($when).
 */
export async function lessonVars(lessonId: string, language: Locale, sentFrom?: Date): Promise<Record<string, string> | null> {
  const lesson = await LessonModel.findById(lessonId, { groupId: 1, startsAt: 1 }).lean();
  const group = lesson && (await ClassGroupModel.findById(lesson.groupId).lean());
  if (!lesson || !group) return null;
  const [course, center] = await Promise.all([findCourse(group.courseId), describeCenter(group.centerId)]);
  const timeZone = center?.timeZone ?? 'Asia/Novokuznetsk';
  const today = !!sentFrom && sentFrom < lesson.startsAt && nearDay(lesson.startsAt, sentFrom, timeZone) === 'today';
  return {
    course: course?.title[language] ?? group.courseId,
    when: formatLessonTime(lesson.startsAt, timeZone, language),
    near: today ? 'today' : 'other',
    time: clockTime(lesson.startsAt, timeZone),
    ...(await whereVars(group.centerId, group, language)),
    ...(await contactVars(group.librarianId, center, language)),
  };
}

/**
 * The lesson's time now, in `language`, when the reminder text shown does not
 * contain it: the lesson was moved after the reminder was sent. Undefined otherwise.
 * Both languages are looked for: the person may have switched since the reminder came.
 * `todayAt`: «сегодня в 20:45» in a language, as a reminder of a lesson today says it (the bot's words, place-when-today).
 */
export async function movedSinceReminder(
  lessonId: string,
  reminderText: string,
  language: Locale,
  now: Date,
  todayAt: (language: Locale, time: string) => string,
): Promise<string | undefined> {
  const lesson = await LessonModel.findById(lessonId, { groupId: 1, startsAt: 1 }).lean();
  const group = lesson && (await ClassGroupModel.findById(lesson.groupId, { centerId: 1 }).lean());
  if (!lesson || !group) return undefined;
  const timeZone = (await describeCenter(group.centerId))?.timeZone ?? 'Asia/Novokuznetsk';
  const said = (l: Locale) => formatLessonTime(lesson.startsAt, timeZone, l);
  const today = nearDay(lesson.startsAt, now, timeZone) === 'today';
  const shown = (l: Locale) => reminderText.includes(said(l)) || (today && reminderText.includes(todayAt(l, clockTime(lesson.startsAt, timeZone))));
  return (['ru', 'en'] as const).some(shown) ? undefined : said(language);
}
