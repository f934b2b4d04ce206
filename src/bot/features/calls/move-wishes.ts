import type { OpenMoveWish } from '../../../domain/open-move-wishes.js';
import { sayDate } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import type { MenuButtons } from '../../menus/view-menu.js';
import { putInConfirmMenu } from '../classes/put-in.js';

/**
 * /calls' short section of open requests to move to a group at another time (fix36c): a librarian looks at /calls every
 * day, and saw them before only in «➕ Записать человека» of a group at that very time. Under each center's name, who
 * asks for which time since when; where a group at that time has a seat nobody holds, a button opens the same
 * «✅ Перевести» confirmation as that group's «➕ Записать человека» (put-in.ts), as a new message under /calls.
 */

/**
 * At most this many lines and buttons: /calls keeps its open seat offers' buttons (40) and lists' (30) under Telegram's
 * hundred; requests pile up only while no seat is free, and the rest are one line.
 */
const WISHES_SHOWN = 10;

/** The section's text: nothing when nobody asks. */
export function moveWishLines(ctx: BotContext, wishes: OpenMoveWish[], places: Record<string, string>): string {
  if (wishes.length === 0) return '';
  const shown = [...wishes.slice(0, WISHES_SHOWN)].sort((a, b) => (places[a.centerId] ?? '').localeCompare(places[b.centerId] ?? '', ctx.locale));
  const lines = [ctx.t('calls-wishes')];
  for (const [i, w] of shown.entries()) {
    if (shown[i - 1]?.centerId !== w.centerId) lines.push(`${places[w.centerId] ?? w.centerId}:`);
    lines.push(ctx.t('calls-wish', { name: w.name, course: w.short, from: w.from, to: w.to, since: w.sinceRecent ?? (w.since ? sayDate(w.since, ctx.locale) : 'none'), seat: w.groupId ? 'yes' : 'no' }));
  }
  if (wishes.length > WISHES_SHOWN) lines.push(ctx.t('calls-wishes-more', { count: wishes.length - WISHES_SHOWN }));
  lines.push(ctx.t('calls-wishes-hint', { buttons: shown.some((w) => w.groupId) ? 'yes' : 'no' }));
  return lines.join('\n');
}

/** A button a request that can be acted on now: the put-in confirmation of that group for her. */
export function moveWishButtons(b: MenuButtons, ctx: BotContext, wishes: OpenMoveWish[]): void {
  for (const w of wishes.slice(0, WISHES_SHOWN)) {
    if (!w.groupId) continue;
    const groupId = w.groupId;
    b.text(ctx.t('calls-wish-btn', { name: w.name }), async (pressed) => {
      // Checked again on the press (her wish, the seat, the reader's center): an outdated one is answered politely.
      const view = await putInConfirmMenu.open(pressed, { group: groupId, entry: w.entryId, page: 0, list: 0 });
      if (view) await putInConfirmMenu.send(pressed, view);
    }).row();
  }
}
