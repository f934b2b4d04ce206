import type { ViewToRedraw } from '../../../domain/shown-views.js';
import type { BotContext } from '../../context.js';

/**
 * Attendance ticks open in a staff chat that named someone forgotten (/forget, /forgetperson, retention) are redrawn
 * without that person, the others' unsaved ticks kept (probe31 L3: the list was closed saying the person asked, and the
 * ticks were lost). The ticks as drawn are positions in `citizenIds` (the participants then): carried over, by person,
 * to the list now (the marks menu's `names.without`).
 */
export function ticksKept<P extends { marks: Set<number>; roster: number }, V extends { participants: Array<{ citizenId: number }>; marks: Set<number>; stale: boolean }>(
  load: (reader: BotContext, drawn: P) => Promise<V | null>,
) {
  return async (reader: BotContext, drawn: P, view: ViewToRedraw): Promise<V | null> => {
    const ticked = new Set([...drawn.marks].map((i) => view.citizenIds[i]).filter((id) => id !== view.forgotten));
    const current = await load(reader, { ...drawn, roster: -1 });
    if (!current) return null;
    return { ...current, marks: new Set(current.participants.flatMap((p, i) => (ticked.has(p.citizenId) ? [i] : []))), stale: false };
  };
}
