import { reopeningAhead, sayReopening } from '../../domain/planned-reopening.js';
import type { BotContext } from '../context.js';

/**
 * "Sign-up for this course is paused" on a person's place in line, with the day the coordinator plans to offer it again
 * («примерно до 15 декабря») while that day is ahead (walk34 W34-09); without one, as before.
 */
export function coursePausedLine(ctx: BotContext, resumesOn: string | undefined): string {
  const now = ctx.deps.now();
  const day = reopeningAhead(resumesOn, now, ctx.deps.config.APP_TIMEZONE);
  return day ? ctx.t('place-paused-until', { date: sayReopening(day, ctx.locale, now) }) : ctx.t('place-course-paused');
}
