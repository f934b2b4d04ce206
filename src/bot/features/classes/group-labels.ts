import { describeCenter, findCourse } from '../../../domain/catalog.js';
import { centerPlace, centerTitleOf } from '../../../domain/center-names.js';
import { listGroups, openGroupCenters, type GroupSummary } from '../../../domain/classes.js';
import { formatLessonTime, sayDate, toLocal } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';

/** Course title (and its short name), center and first lesson (with and without the time) of a group, for staff screens. */
export async function groupLabels(ctx: BotContext, g: GroupSummary) {
  const [course, center] = await Promise.all([findCourse(g.courseId), describeCenter(g.centerId)]);
  const tz = center?.timeZone ?? ctx.deps.config.APP_TIMEZONE;
  const first = g.firstLessonAt ? new Date(g.firstLessonAt) : undefined;
  return {
    course: course?.title[ctx.locale] ?? g.courseId,
    short: course?.short[ctx.locale] ?? g.courseId,
    center: center ? centerPlace(center, ctx.locale) : g.centerId,
    start: first ? formatLessonTime(first, tz, ctx.locale) : '—',
    day: first ? sayDate(toLocal(first, tz), ctx.locale) : '—',
    timeZone: tz,
  };
}

export type Labelled = GroupSummary & { labels: Awaited<ReturnType<typeof groupLabels>> };

/** The staff member's open groups with their labels, soonest first. */
export async function labelledGroups(ctx: BotContext): Promise<Labelled[]> {
  const groups = await listGroups(ctx.role!);
  return Promise.all(groups.map(async (g) => ({ ...g, labels: await groupLabels(ctx, g) })));
}

/** Ten groups a page: ten buttons, and the lines stay far below the message limit. */
export const GROUPS_PER_PAGE = 10;


/**
 * A librarian with groups at several centers is told on /attendance which center a group is at (walk s21 W21-19:
 * the same course on one day at two centers differed only by the time): `place`, the center's name (with its town
 * where names repeat), for the group buttons, sorted by it as /classes groups them. One center: as before.
 */
export async function placedGroups(ctx: BotContext, groups: Labelled[]): Promise<Array<Labelled & { place?: string }>> {
  const centers = [...new Set(groups.map((g) => g.centerId))];
  if (centers.length < 2) return groups;
  const titles = new Map(await Promise.all(centers.map(async (id) => [id, (await centerTitleOf(id, ctx.locale)) || id] as const)));
  const placed = groups.map((g) => ({ ...g, place: titles.get(g.centerId)! }));
  return placed.sort((a, b) => a.place.localeCompare(b.place, ctx.locale));
}

/** The line above a group's lessons and marks naming its center and course, for staff with groups at several centers; '' else. */
export async function groupWhereLine(ctx: BotContext, labels: Labelled['labels']): Promise<string> {
  if ((await openGroupCenters(ctx.role!)).length < 2) return '';
  return ctx.t('cls-attendance-where', { center: labels.center, course: labels.course });
}
