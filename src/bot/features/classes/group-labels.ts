import { describeCenter, findCourse } from '../../../domain/catalog.js';
import { centerPlace } from '../../../domain/center-names.js';
import { listGroups, type GroupSummary } from '../../../domain/classes.js';
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

