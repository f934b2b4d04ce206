import { centerPlace } from '../../src/domain/center-names.js';
import type { StaffCenter } from '../../src/domain/catalog.js';
import { openingAhead, reopeningAhead, sayReopening } from '../../src/domain/planned-reopening.js';
import type { SceneContext } from './context.js';

/**
 * A center on a staff button, "Юрга: Центральная городская библиотека"; one hidden from citizens is still staff's
 * to work at and write to (W29-16, W29-17), marked «(⏸ скрыт до 16 декабря)».
 */
export function staffCenterLabel(ctx: Pick<SceneContext, 't' | 'locale'>, c: StaffCenter, now: Date): string {
  const place = centerPlace(c, ctx.locale, ': ');
  if (!c.hidden) return place;
  const until = reopeningAhead(c.reopensOn, now, c.timeZone);
  return until ? ctx.t('staff-center-hidden-until', { center: place, date: sayReopening(until, ctx.locale, now) }) : ctx.t('staff-center-hidden', { center: place });
}

/**
 * A new center's opening day said to citizens while it is ahead (walk34 W34-10), by `key` with `date` and `center`:
 * where they choose it, on its card, on their place screen. '' for a center open already.
 */
export function opensText(ctx: Pick<SceneContext, 't' | 'locale'>, c: { opensOn?: string; timeZone: string }, now: Date, key: string, center = ''): string {
  const day = openingAhead(c, now);
  return day ? ctx.t(key, { date: sayReopening(day, ctx.locale, now), center }) : '';
}
