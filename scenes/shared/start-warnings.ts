import { startWarnings } from '../../src/domain/schedule.js';
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
