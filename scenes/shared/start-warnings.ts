import { daysVars } from '../../src/domain/center-days.js';
import type { ClosedDaysHit } from '../../src/domain/closed-days.js';
import { startWarnings } from '../../src/domain/schedule.js';
import { parseIsoDate } from '../../src/domain/time.js';
import type { SceneContext } from './context.js';

/**
 * The warning lines under a confirm step that sets lesson times (/newclass,
 * /change): a lesson too soon for participants to hear of it, or at night
 * (most likely a typo). Empty when the times look ordinary.
 */
export function startWarningLines(ctx: SceneContext, starts: Date[], now: Date, timeZone: string): string {
  return startWarnings(starts, now, timeZone)
    .map((w) => `\n\n${ctx.t(w.key, w.vars)}`)
    .join('');
}

/** Lessons on days the coordinator closed the center for (walk31 W31-17: /newclass; /change too), said as the holidays are. */
export function closedDaysWarning(ctx: SceneContext, closed: ClosedDaysHit[]): string {
  const lines = closed.map((c) => ctx.t('new-closed-days', { ...daysVars(parseIsoDate(c.from)!, parseIsoDate(c.to)!, ctx.locale), count: c.dates.length, dates: c.dates.join(', ') }));
  return lines.length > 0 ? `\n\n${lines.join('\n')}` : '';
}
