import { AsyncLocalStorage } from 'node:async_hooks';
import { ShownViewModel } from '../db/models/shown-view.js';
import { enqueue, forgottenKey, type ForgetReason } from '../outbox/index.js';

/**
 * Staff screens that name people, so that /forget reaches them too: the
 * outbox's notices are edited through their own rows (src/outbox/forget.ts),
 * but a roster or a call list opened with a command is a message only its menu
 * knows. Each one is recorded (chat, message, the citizen ids it names) when it
 * is shown or redrawn; forgetting someone redraws such a message without them
 * (its menu and state recorded, inside an update or the retention job), or
 * edits it to a line saying the list was closed, without its buttons.
 */

/**
 * Records what a staff message names now (a redraw replaces what it named before); nobody: no row, unless it `shows` a
 * screen kept in step or is kept `always` (a staff screen a revoke closes: closeViewsOfCenters). `menu`: the menu that
 * drew it and its state, so that a forgetting redraws it without the person (closeViewsNaming).
 */
export async function recordShownView(
  view: { chatId: number; messageId: number; citizenIds: number[]; reopen: string; shows?: { key: string; payload: string }; menu?: { id: string; payload: string }; always?: boolean | undefined },
  now: Date,
): Promise<void> {
  const at = { chatId: view.chatId, messageId: view.messageId };
  if (view.citizenIds.length === 0 && !view.shows && !view.always) return void (await ShownViewModel.deleteOne(at));
  const drawn = { ...(view.menu ? { menu: view.menu.id, payload: view.menu.payload } : {}), ...view.shows };
  const set = { citizenIds: [...new Set(view.citizenIds)], reopen: view.reopen, shownAt: now, ...drawn };
  const unset = { closedAt: 1, ...(view.shows ? {} : { key: 1 }), ...(view.menu ? {} : { menu: 1 }), ...(view.menu || view.shows ? {} : { payload: 1 }) };
  await ShownViewModel.updateOne(at, { $set: set, $unset: unset }, { upsert: true });
}

/** The messages showing the same screen (`key`, e.g. one call list), in whichever chats, with their state: redrawn when it changes. */
export async function shownViewsOf(key: string): Promise<Array<{ chatId: number; messageId: number; payload: string }>> {
  const rows = await ShownViewModel.find({ key }, { chatId: 1, messageId: 1, payload: 1 }).lean();
  return rows.map((r) => ({ chatId: r.chatId, messageId: r.messageId, payload: r.payload ?? '' }));
}

/**
 * Only this message of the chat keeps `key` (its newest /calls screen): the older ones are no longer redrawn, so a
 * change redraws one screen a reader, not every one she ever opened. Those naming nobody lose their rows.
 */
export async function keepOnlyShown(chatId: number, key: string, messageId: number): Promise<void> {
  const older = { chatId, key, messageId: { $ne: messageId } };
  await ShownViewModel.deleteMany({ ...older, citizenIds: { $size: 0 } });
  await ShownViewModel.updateMany(older, { $unset: { key: 1 } });
}

/** `reopen` of a person's card (/find, /forgetperson: its list of matches, the card, "delete?"): closed as a call card is ("message removed"), without a command. */
export const PERSON_CARD = 'card';

/**
 * `reopen` of /find's and /forgetperson's list of matches (the flow's question, or the list redrawn after someone on it
 * was forgotten): redrawn without the person (FOUND_LIST), each one left a button to their card (fix35d).
 */
export const PERSON_LIST = 'list';

/** `menu` of a list of matches: drawn again by the desk's found list (src/bot/features/desk/found-list.ts), `payload` the ids it showed. */
export const FOUND_LIST = 'found';

/** A list of matches in a staff chat: it names every one found (the flow's state does), and shows `shown` (a page of them). */
export function recordPersonList(list: { chatId: number; messageId: number; citizenIds: number[]; shown: number[] }, now: Date): Promise<void> {
  const { shown, ...view } = list;
  return recordShownView({ ...view, reopen: PERSON_LIST, menu: { id: FOUND_LIST, payload: shown.join(',') } }, now);
}

/** `reopen` of a message naming people that no command shows again (/import's "place moves" lines): it becomes "message removed" (fix29c). */
export const NAMED_MESSAGE = 'message';

/** A card or list of matches in a staff chat naming these people (message ids and citizen ids only), for /forget. */
export function recordPersonCard(card: { chatId: number; messageId: number; citizenIds: number[] }, now: Date): Promise<void> {
  return recordShownView({ ...card, reopen: PERSON_CARD }, now);
}

/** A message that showed a list of people now shows something else (the menu went back to a list of groups). */
export async function forgetShownView(chatId: number, messageId: number): Promise<void> {
  await ShownViewModel.deleteOne({ chatId, messageId });
}

/**
 * Closes every screen that names this person, but those left to be redrawn without them (keepingViews): its message
 * becomes "closed, a person asked to be forgotten, open it again with …" (through the outbox,
 * which retries), and its row goes (a card's stays, closed: closedForForgetting). Screens in the person's own chat (a
 * librarian who is forgotten) only lose their rows. Returns how many were closed, and the chats they were in.
 */
export async function closeViewsNaming(citizenId: number, now: Date, reason: ForgetReason = 'asked'): Promise<{ closed: number; chats: number[] }> {
  const shown = await ShownViewModel.find({ citizenIds: citizenId, chatId: { $ne: citizenId } }).lean();
  // Inside an update (or a job that redraws), a screen its menu can draw again is redrawn without the person; the
  // others' unsaved ticks on attendance are kept (probe31 L3, fix34e). A person's card is a flow's question: closed;
  // a list of matches (PERSON_LIST) is drawn again without them, its flow ended (fix35d).
  const redraws = toRedraw.getStore();
  const kept = redraws ? shown.filter((view) => view.menu && view.payload && view.reopen !== PERSON_CARD) : [];
  redraws?.push(...kept.map((view) => ({ chatId: view.chatId, messageId: view.messageId, reopen: view.reopen, menu: view.menu!, payload: view.payload!, citizenIds: view.citizenIds, forgotten: citizenId, reason })));
  await ShownViewModel.updateMany({ _id: { $in: kept.map((view) => view._id) } }, { $pull: { citizenIds: citizenId } });
  const views = shown.filter((view) => !kept.includes(view));
  await enqueue(views.map((view) => closing(view, String(view._id), reason)), now);
  // A card is a flow's question: its row stays, naming nobody, so that the flow waiting on it can say why it ends.
  const ids = (cards: boolean) => views.filter((view) => (view.reopen === PERSON_CARD || view.reopen === PERSON_LIST) === cards).map((view) => view._id);
  await ShownViewModel.updateMany({ _id: { $in: ids(true) } }, { $set: { citizenIds: [], closedAt: now } });
  await ShownViewModel.deleteMany({ $or: [{ _id: { $in: ids(false) } }, { chatId: citizenId }] });
  return { closed: shown.length, chats: [...new Set(shown.map((view) => view.chatId))] };
}

/** The outbox item editing a screen to "closed, a person asked to be forgotten" (or "message removed"), without buttons. */
const closing = (view: { chatId: number; messageId: number; reopen: string }, id: string, reason: ForgetReason) => ({
  key: `forgot-view:${id}`,
  citizenId: view.chatId,
  priority: 'personal' as const,
  message: {
    text: view.reopen === PERSON_CARD || view.reopen === PERSON_LIST || view.reopen === NAMED_MESSAGE ? { key: forgottenKey('outbox-notice-forgotten', reason) } : { key: forgottenKey('view-closed-forgotten', reason), vars: { command: view.reopen } },
    replaces: view.messageId,
  },
});

/** A screen to redraw without a forgotten person: its menu, `citizenIds` and `payload` as it was last drawn (the person among them). */
export interface ViewToRedraw { chatId: number; messageId: number; reopen: string; menu: string; payload: string; citizenIds: number[]; forgotten: number; reason: ForgetReason }

const toRedraw = new AsyncLocalStorage<ViewToRedraw[]>();

/**
 * Runs `work` (an update, the retention job) collecting the screens its forgettings leave to be redrawn, then hands
 * them to `redraw`, which redraws them or closes them (closeView). Handed over even when `work` fails: a screen left
 * to it would still name the person.
 */
export async function keepingViews(work: () => Promise<void>, redraw: (views: ViewToRedraw[]) => Promise<void>): Promise<void> {
  const views: ViewToRedraw[] = [];
  try {
    await toRedraw.run(views, work);
  } finally {
    // A screen naming several people forgotten at once is drawn again once, from the state it was drawn with.
    const seen = new Set<string>();
    await redraw(views.filter((view) => !seen.has(`${view.chatId}:${view.messageId}`) && seen.add(`${view.chatId}:${view.messageId}`)));
  }
}

/** A screen that could not be redrawn without the person is closed as any other (its row goes). */
export async function closeView(view: ViewToRedraw, now: Date): Promise<void> {
  await enqueue([closing(view, `${view.chatId}:${view.messageId}:${view.forgotten}`, view.reason)], now);
  await ShownViewModel.deleteOne({ chatId: view.chatId, messageId: view.messageId });
}

/** Whether this message was a person's card closed because the person was forgotten (closeViewsNaming). */
export async function closedForForgetting(chatId: number, messageId: number): Promise<boolean> {
  return (await ShownViewModel.exists({ chatId, messageId, closedAt: { $exists: true } })) !== null;
}

/** A person without Telegram linked it (link-telegram.ts): the screens naming the paper record name the Telegram id now, so a later /forget finds them. */
export async function reassignShownViews(fromCitizenId: number, toCitizenId: number): Promise<void> {
  await ShownViewModel.updateMany({ citizenIds: fromCitizenId }, { $addToSet: { citizenIds: toCitizenId } });
  await ShownViewModel.updateMany({ citizenIds: fromCitizenId }, { $pull: { citizenIds: fromCitizenId } });
}

/** Rows older than the outbox keeps its sent messages (RETENTION_OUTBOX_DAYS): like those, older screens are no longer edited. */
export async function pruneShownViews(cutoff: Date): Promise<number> {
  return (await ShownViewModel.deleteMany({ shownAt: { $lt: cutoff } })).deletedCount;
}
