import type { Center } from '../../domain/catalog.js';
import { reopeningAhead, sayReopening } from '../../domain/planned-reopening.js';
import { opensText } from '../../../scenes/shared/center-label.js';
import type { BotContext } from '../context.js';

/**
 * The days a waiting entry's center names on "my place in line": a hidden one, the day it plans to take people again
 * (walk s21 W21-14); a new one not open yet, its first day, the line taking people already (walk34 W34-10).
 */

/** The line of an entry whose center is hidden: with its day back while that day is ahead. */
export function closedCenterLine(ctx: BotContext, center: Center | undefined, vars: Record<string, string | number>): string {
  const now = ctx.deps.now();
  const reopensOn = center ? reopeningAhead(center.reopensOn, now, center.timeZone) : undefined;
  return ctx.t(reopensOn ? 'place-entry-center-closed-until' : 'place-entry-center-closed', { ...vars, date: sayReopening(reopensOn, ctx.locale, now) });
}

/** Below a waiting entry at a new center not open yet: its first day; '' at a center open already. */
export function centerOpensLine(ctx: BotContext, center: Center): string {
  const opens = opensText(ctx, center, ctx.deps.now(), 'place-opens');
  return opens && `\n${opens}`;
}
