import type { SceneContext } from '../shared/context.js';

/**
 * The lines under a /change preview for the people a message does not reach, said as the result says them (walk30
 * W30-09): without Telegram the librarians phone them, without a phone they tell them in person. '' when none.
 */
export function toldOthersLines(ctx: Pick<SceneContext, 't'>, told: { calls: number; inPerson: number }): string {
  return [
    ...(told.calls > 0 ? [ctx.t('change-told-calls', { calls: told.calls })] : []),
    ...(told.inPerson > 0 ? [ctx.t('change-told-in-person', { count: told.inPerson })] : []),
  ].map((line) => `\n${line}`).join('');
}
