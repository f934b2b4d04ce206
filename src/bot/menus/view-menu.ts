import { Menu } from '@grammyjs/menu';
import { Composer, GrammyError, type MiddlewareFn } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { Role } from '../../domain/roles.js';
import { forgetShownView, recordShownView, shownViewsOf, type ViewToRedraw } from '../../domain/shown-views.js';
import type { BotContext } from '../context.js';
import { clip, MESSAGE_LIMIT } from './paging.js';
export { pageCounter } from './paging.js';
import type { PayloadCodec } from './payload.js';
import { readerIn } from './menu-reader.js';
import { buttonsOf, type MenuButtons, type MenuContext } from './menu-buttons.js';

export type { ButtonHandler, MenuButtons, MenuContext } from './menu-buttons.js';

export interface ViewMenuSpec<V, P> {
  /** Short menu id: the start of every button's callback data (64 bytes in all). */
  id: string;
  /** Checked before every press, before anything is read (callback data can be forged). Sets ctx.role. */
  guard?: MiddlewareFn<BotContext>;
  /** The state every button carries; parsed and validated in one place. */
  payload: PayloadCodec<P>;
  payloadOf(view: V): P;
  /** Rebuilds the view from the payload and the database, checking ownership; null: gone or not yours. */
  load(ctx: BotContext, payload: P): Promise<V | null>;
  /** The message text; a menu without one only ever changes the buttons under a message (a picker). */
  text?(ctx: BotContext, view: V): string;
  /** The text is HTML (escaped by `text`). */
  html?: boolean;
  buttons(buttons: MenuButtons, view: V, ctx: BotContext): void | Promise<void>;
  /** The notice when the pressed buttons no longer match the view (default: "this button no longer works"); the menu is redrawn. */
  outdatedNotice?: (ctx: BotContext, view: V) => string | undefined;
  /** What a press on a view that no longer loads answers (an alert; may depend on why). Default: "not found or no access". */
  goneKey?: string | ((ctx: BotContext, payload: P) => Promise<string>);
  /**
   * A view that names people (by name or phone): whom it names, and the command that opens it again. Each message
   * showing it is recorded, so that /forget redraws it without the person (`without`, default `load`), or closes it
   * where it cannot (src/domain/shown-views.ts). `reopen` may depend on who reads it.
   * `always`: recorded when it names nobody too (a list of groups, an empty roster), so that a revoke closes it (fix29c). */
  names?: { people(view: V): number[]; reopen: string | ((ctx: BotContext) => string); key?(view: V): string; always?: true; without?: Without<V, P> };
}

/** The view a screen is redrawn with after someone on it was forgotten (default: `load`, which no longer finds them). */
type Without<V, P> = (reader: BotContext, drawn: P, view: ViewToRedraw) => Promise<V | null>;

/**
 * Every view menu is registered here, so all share one index: whichever menu middleware ran for an update can render
 * any of them (a roster's button opens the attendance menu), and two menus cannot take the same id.
 */
const registry = new Menu<BotContext>('menus');

/** The ids of the menus whose views name people: a message leaving one of them for another view is no longer recorded. */
const namingMenus = new Set<string>();

/** Every view menu's press resolver, in the order the menus were built. */
const viewMenus: Array<{ spec: { id: string }; resolve(ctx: BotContext, next: () => Promise<void>): Promise<boolean>; redrawWithout(ctx: BotContext, view: ViewToRedraw): Promise<boolean> }> = [];

/** Draws a screen again without someone forgotten, through the menu that drew it (fix34e); false: it is to be closed. */
export const redrawnWithout = async (ctx: BotContext, view: ViewToRedraw) => (await viewMenus.find((m) => m.spec.id === view.menu)?.redrawWithout(ctx, view)) ?? false;

/**
 * Installs every view menu, once, before the features that send them: a press
 * passes its menu's guard and view loading, then the plugin runs its button;
 * every other update gets the plugin's renderer for any menu it sends.
 */
export function installViewMenus(): MiddlewareFn<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(async (ctx, next) => {
    for (const menu of viewMenus) if (await menu.resolve(ctx, next)) return;
    return next();
  });
  composer.use(registry);
  return composer.middleware();
}

const isNotModified = (error: unknown) => error instanceof GrammyError && error.description.includes('message is not modified');
/** Telegram cannot edit the pressed message (gone, too old, or a forged press naming a message of another chat). */
const isUneditable = (error: unknown) => error instanceof GrammyError && /message to edit not found|message can't be edited/.test(error.description);

/**
 * A menu (`@grammyjs/menu`) that shows one view of the database: the view is rebuilt from its payload and the
 * database on every press (so menus survive a restart), every press passes the role guard and the ownership check in
 * `load` first, and a menu that changed meanwhile gets a polite notice and is redrawn. The message text is the view's
 * too, so paging edits one message.
 *
 * Menus are installed once for the whole bot by `installViewMenus()` (src/bot/features/index.ts).
 *
 * @example
 * const classList = new ViewMenu<ClassListView, { page: number }>({
 *   id: 'cl',
 *   guard: requireStaff(),
 *   payload: payloadCodec({ page: count }),
 *   payloadOf: (v) => ({ page: v.page.index }),
 *   load: (ctx, p) => loadClassList(ctx, p.page),
 *   text: (ctx, v) => …,
 *   buttons: (b, v, ctx) => {
 *     for (const g of v.page.items) b.text(g.label, (pressed) => openRoster(pressed, g.id)).row();
 *     b.pages(v.page, async (pressed, index) => classList.edit(pressed, await loadClassList(pressed, index)));
 *   },
 * });
 * composer.command('classes', requireStaff(), async (ctx) => classList.send(ctx, await loadClassList(ctx, 0)));
 */
export class ViewMenu<V, P> {
  readonly menu: Menu<BotContext>;
  private readonly views = new WeakMap<object, V>();

  constructor(readonly spec: ViewMenuSpec<V, P>) {
    this.menu = new Menu<BotContext>(spec.id, {
      autoAnswer: false,
      onMenuOutdated: async (ctx) => {
        const view = this.view(ctx);
        await ctx.answerCallbackQuery({ text: spec.outdatedNotice?.(ctx, view) ?? ctx.t('button-outdated') }).catch(() => undefined);
        // The press is answered already: a message that cannot be redrawn is left as it is, not met with an apology.
        await this.edit(ctx, view).catch((error: unknown) => {
          if (!isUneditable(error)) throw error;
        });
      },
    });
    this.menu.dynamic(async (ctx, range) => {
      const view = this.view(ctx);
      await spec.buttons(buttonsOf(ctx, range, spec.payload.encode(spec.payloadOf(view))), view, ctx);
    });
    registry.register(this.menu);
    viewMenus.push(this);
    if (spec.names) namingMenus.add(spec.id);
  }

  /** Sends the view as a new message. */
  async send(ctx: BotContext, view: V) {
    this.views.set(ctx, view);
    const sent = await ctx.reply(this.textOf(ctx, view), { ...this.format(), reply_markup: this.menu });
    await this.recordNames(ctx, sent.message_id, view);
    return sent;
  }

  /** Shows the view in the pressed message (its text and buttons), in one call; a new message when there is none to edit. */
  async edit(ctx: BotContext, view: V) {
    this.views.set(ctx, view);
    if (!this.spec.text) return this.editButtons(ctx, view);
    if (!ctx.callbackQuery?.message) return void (await this.send(ctx, view));
    await ctx.editMessageText(this.textOf(ctx, view), { ...this.format(), reply_markup: this.menu }).catch((error) => {
      if (!isNotModified(error)) throw error;
    });
    await this.recordNames(ctx, ctx.callbackQuery.message.message_id, view);
  }

  /** Who this message names now, for /forget (only for views that name people, or a message that did before). */
  private async recordNames(ctx: BotContext, messageId: number, view: V, chatId = ctx.chat?.id) {
    if (chatId === undefined) return;
    const names = this.spec.names;
    if (names) {
      const reopen = typeof names.reopen === 'string' ? names.reopen : names.reopen(ctx);
      const payload = this.spec.payload.encode(this.spec.payloadOf(view));
      // A screen with a text can be drawn again from its state, without someone forgotten (fix34e).
      const drawn = { ...(names.key ? { shows: { key: names.key(view), payload } } : {}), ...(this.spec.text ? { menu: { id: this.spec.id, payload } } : {}) };
      return recordShownView({ chatId, messageId, citizenIds: names.people(view), reopen, ...drawn, always: names.always }, ctx.deps.now());
    }
    await stopNaming(ctx);
  }

  /**
   * The other messages showing this screen (`names.key`: the same call list opened from its digest, from /calls, in a
   * colleague's chat) are redrawn after a press changed it, each for its reader: her role (her centers) and language.
   * A message that can no longer be edited, or a reader no longer staff, is left as it is.
   */
  async redrawElsewhere(ctx: BotContext, view: V): Promise<void> {
    const key = this.spec.names?.key?.(view);
    if (key) await this.redrawShowing(ctx, key);
  }

  /** The same for every message showing `key` (a screen that counts what changed: /calls), for the readers it `concerns`. */
  async redrawShowing(ctx: BotContext, key: string, concerns: (role: Role) => boolean = () => true): Promise<void> {
    const here = ctx.callbackQuery?.message;
    for (const shown of await shownViewsOf(key)) {
      if (here && shown.chatId === here.chat.id && shown.messageId === here.message_id) continue;
      const payload = this.spec.payload.decode(shown.payload);
      if (payload !== undefined) await this.redrawFor(ctx, shown, (reader) => this.spec.load(reader, payload), concerns);
    }
  }

  /** Redraws one message of this menu for its reader (her role and language; `partners`: a representative too) with the view `load` gives her; false: left as it is. */
  async redrawFor(ctx: BotContext, shown: { chatId: number; messageId: number }, load: (reader: BotContext) => Promise<V | null>, concerns: (role: Role) => boolean = () => true, partners = false): Promise<boolean> {
    const reader = await readerIn(ctx, shown.chatId, concerns, partners);
    const theirs = reader && (await load(reader));
    if (!reader || !theirs) return false;
    this.views.set(reader, theirs);
    // The plugin renders a menu only for the context of the update; this one is rendered for the reader.
    const keyboard = await (this.menu as unknown as { render(c: BotContext): Promise<InlineKeyboardButton[][]> }).render(reader);
    const edited = await ctx.api
      .editMessageText(shown.chatId, shown.messageId, this.textOf(reader, theirs), { ...this.format(), reply_markup: { inline_keyboard: keyboard } })
      .then(() => true, (error: unknown) => {
        if (isNotModified(error) || isUneditable(error)) return isNotModified(error);
        throw error;
      });
    if (edited) await this.recordNames(reader, shown.messageId, theirs, shown.chatId);
    return edited;
  }

  /** This message drawn again from its recorded state for its reader, after someone on it was forgotten; false: not drawn. */
  async redrawWithout(ctx: BotContext, view: ViewToRedraw): Promise<boolean> {
    const drawn = this.spec.payload.decode(view.payload);
    const without: Without<V, P> = this.spec.names?.without ?? ((reader, p) => this.spec.load(reader, p));
    return drawn !== undefined && (await this.redrawFor(ctx, view, (reader) => without(reader, drawn, view), undefined, true));
  }

  /** Redraws only the buttons of the pressed message (the text stays); nothing without a message. A screen with a `key` keeps its state recorded. */
  async editButtons(ctx: BotContext, view: V) {
    this.views.set(ctx, view);
    if (!ctx.callbackQuery?.message) return;
    await ctx.editMessageReplyMarkup({ reply_markup: this.menu }).catch((error) => {
      if (!isNotModified(error)) throw error;
    });
    if (this.spec.names?.key || (this.spec.names && this.spec.text)) await this.recordNames(ctx, ctx.callbackQuery.message.message_id, view);
  }

  /** Loads the view for this payload (ownership checked), or answers that it is gone. */
  async open(ctx: BotContext, payload: P): Promise<V | null> {
    const view = await this.spec.load(ctx, payload);
    if (!view && ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t((typeof this.spec.goneKey === 'function' ? await this.spec.goneKey(ctx, payload) : this.spec.goneKey) ?? 'cls-not-found'), show_alert: true });
    return view;
  }

  /** Opens the view for this payload in the pressed message (text and buttons), or answers that it is gone. */
  async show(ctx: BotContext, payload: P): Promise<void> {
    const view = await this.open(ctx, payload);
    if (view) await this.edit(ctx, view);
  }

  /** Runs the guard and rebuilds the view when the press is for this menu; false when it is not. */
  async resolve(ctx: BotContext, next: () => Promise<void>): Promise<boolean> {
    const data = ctx.callbackQuery?.data;
    if (!data?.startsWith(`${this.spec.id}/`)) return false;
    const resolve = async () => {
      // The plugin's format: id/row/col/payload/hash.
      const payload = this.spec.payload.decode(data.split('/')[3] ?? '');
      if (payload === undefined) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
      const view = await this.open(ctx, payload);
      if (!view) return;
      this.views.set(ctx, view);
      await next();
    };
    await (this.spec.guard ? this.spec.guard(ctx, resolve) : resolve());
    return true;
  }

  private view(ctx: object): V {
    const view = this.views.get(ctx);
    if (view === undefined) throw new Error(`menu ${this.spec.id} rendered without a view`);
    return view;
  }

  private textOf(ctx: BotContext, view: V) {
    if (!this.spec.text) throw new Error(`menu ${this.spec.id} has no text: it only changes buttons`);
    return clip(this.spec.text(ctx, view), MESSAGE_LIMIT);
  }

  private format() {
    return this.spec.html ? { parse_mode: 'HTML' as const } : {};
  }
}

/**
 * Ends a menu: its message becomes this text, without buttons. A second press that arrives before the first edit
 * shows (a double tap) edits nothing new: Telegram's "message is not modified" is expected then, not an error.
 */
export async function closeWithText(ctx: MenuContext, text: string): Promise<void> {
  ctx.menu.close();
  await ctx.editMessageText(text).catch((error) => {
    if (!isNotModified(error)) throw error;
  });
  await stopNaming(ctx);
}

/** The pressed message showed a view that named people and now shows something else: /forget need not reach it. */
async function stopNaming(ctx: BotContext) {
  const message = ctx.callbackQuery?.message;
  const pressedMenu = ctx.callbackQuery?.data?.split('/')[0];
  if (message && pressedMenu !== undefined && namingMenus.has(pressedMenu)) await forgetShownView(message.chat.id, message.message_id);
}
