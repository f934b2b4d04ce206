import { ShownViewModel } from '../db/models/shown-view.js';

/** The shown-views key of a staff member's /calls screen (its newest in her chat, kept in step with every change). */
export const CALLS_SCREEN_KEY = 'cs';

/**
 * A day's call list that would go late (a call came to be after the list time: a librarian accepted a seat by phone
 * in the evening) is not sent to a reader whose /calls screen was drawn since that call came to be: the screen, kept in
 * step, already shows the day's calls with their button, and a new «📞 Завтра…» message beside it would be a second
 * list of the same calls (walk38 L8). A list at its time goes as always, whatever screen is open.
 */
export async function callsScreenShownSince(staffId: number, since: Date): Promise<boolean> {
  return Boolean(await ShownViewModel.exists({ chatId: staffId, key: CALLS_SCREEN_KEY, shownAt: { $gte: since } }));
}
