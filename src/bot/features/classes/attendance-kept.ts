import type { MiddlewareFn } from 'grammy';
import { closeView, collectViewsToRedraw, type ViewToRedraw } from '../../../domain/shown-views.js';
import type { BotContext } from '../../context.js';
import { marksMenu } from './attendance.js';

/**
 * Around every update: attendance ticks open in a staff chat that named someone forgotten during it (/forget,
 * /forgetperson) are redrawn without that person once the update is done, the others' unsaved ticks kept (probe31 L3:
 * the list was closed saying the person asked, and the ticks were lost). One that cannot be redrawn is closed as before.
 */
export const marksKeptOnForget: MiddlewareFn<BotContext> = async (ctx, next) => {
  const views = await collectViewsToRedraw(next);
  for (const view of views) {
    const redrawn = await redrawWithout(ctx, view).catch((error: unknown) => {
      ctx.log.warn({ err: String(error) }, 'attendance ticks not redrawn');
      return false;
    });
    if (!redrawn) await closeView(view, ctx.deps.now());
  }
};

/** The ticks as drawn are positions in `citizenIds` (the participants then): carried over, by person, to the list now. */
async function redrawWithout(ctx: BotContext, view: ViewToRedraw): Promise<boolean> {
  const drawn = marksMenu.spec.payload.decode(view.payload);
  if (!drawn) return false;
  const ticked = new Set([...drawn.marks].map((i) => view.citizenIds[i]).filter((id) => id !== view.forgotten));
  return marksMenu.redrawFor(ctx, view, async (reader) => {
    const current = await marksMenu.spec.load(reader, { ...drawn, roster: -1 });
    if (!current) return null;
    return { ...current, marks: new Set(current.participants.flatMap((p, i) => (ticked.has(p.citizenId) ? [i] : []))), stale: false };
  });
}
