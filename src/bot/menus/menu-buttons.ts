import type { MenuFlavor, MenuRange } from '@grammyjs/menu';
import type { Filter } from 'grammy';
import type { BotContext } from '../context.js';
import type { Page } from './paging.js';

/** The context a menu button's handler gets. */
export type MenuContext = Filter<BotContext, 'callback_query:data'> & MenuFlavor;
/** A button handler; a returned string is shown to the person as a short notice. */
export type ButtonHandler = (ctx: MenuContext) => Promise<string | void> | string | void;

/** What a view's button builder may add: callback buttons carrying the view's payload, rows. */
export interface MenuButtons {
  text(label: string, handler: ButtonHandler): MenuButtons;
  row(): MenuButtons;
  /** Previous / Next under a paged list (nothing when it fits one page). */
  pages(page: Page<unknown>, go: (ctx: MenuContext, index: number) => Promise<string | void> | string | void): MenuButtons;
}

/** The buttons a view menu's `buttons` adds to the plugin's range, each carrying the view's payload (view-menu.ts). */
export function buttonsOf(ctx: BotContext, range: MenuRange<BotContext>, payload: string): MenuButtons {
  const buttons: MenuButtons = {
    text: (label, handler) => {
      range.text({ text: label, payload }, async (ctx) => {
        // Every press is answered exactly once: by the handler (an alert), or here.
        let answered = false;
        ctx.api.config.use((prev, method, body, signal) => {
          if (method === 'answerCallbackQuery') answered = true;
          return prev(method, body, signal);
        });
        const notice = await handler(ctx);
        if (!answered) await ctx.answerCallbackQuery(notice ? { text: notice } : undefined).catch(() => undefined);
      });
      return buttons;
    },
    row: () => (range.row(), buttons),
    pages: (page, go) => {
      if (page.count <= 1) return buttons;
      range.row();
      if (page.index > 0) buttons.text(ctx.t('page-prev'), (pressed) => go(pressed, page.index - 1));
      if (page.index < page.count - 1) buttons.text(ctx.t('page-next'), (pressed) => go(pressed, page.index + 1));
      return buttons.row();
    },
  };
  return buttons;
}
