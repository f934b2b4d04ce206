import { findCourse } from '../../src/domain/catalog.js';
import { reopeningAhead, sayReopening } from '../../src/domain/planned-reopening.js';
import type { SceneContext } from '../shared/context.js';

/** A stopped course's title and the day it is planned back, said in the reader's language (plain JSON: a conversation's external). */
export async function pausedCourse(courseId: string, locale: SceneContext['locale'], now: Date, timeZone: string): Promise<{ course: string; date?: string } | undefined> {
  const course = await findCourse(courseId);
  if (!course) return undefined;
  const day = reopeningAhead(course.resumesOn, now, timeZone);
  return { course: course.title[locale], ...(day ? { date: sayReopening(day, locale, now) } : {}) };
}

/** «Курс «Госуслуги онлайн» сейчас не набирает новых людей (примерно до 1 января)»: above the courses that are offered (walk36). */
export function pausedCourseNote(ctx: SceneContext, paused: { course: string; date?: string } | undefined): string {
  if (!paused) return '';
  return `${paused.date ? ctx.t('course-paused-until', { course: paused.course, date: paused.date }) : ctx.t('course-paused', { course: paused.course })}\n`;
}
