import { CENTER_ID, defineCallbackData } from './callback-data.js';

/**
 * The saved card's plain buttons (src/bot/features/admin/centers.ts answers
 * them): edit, deactivate (off), reactivate (on), back to the list. `c` (a
 * center's card) and `add` were the buttons of the list before it became a
 * menu: still answered for the messages that carry them; `c` is also the button under the coordinator's
 * planned-reopening reminder (planned-reopening.ts).
 */
export const centerCardData = defineCallbackData('ctr', { list: null, add: null, c: CENTER_ID, edit: CENTER_ID, off: CENTER_ID, on: CENTER_ID });

