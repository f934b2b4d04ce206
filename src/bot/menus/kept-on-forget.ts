import { Context, type Bot, type MiddlewareFn } from 'grammy';
import { closeView, FOUND_LIST, keepingViews, type ViewToRedraw } from '../../domain/shown-views.js';
import { redrawFoundList } from '../features/desk/found-list.js';
import type { BotContext, BotDeps } from '../context.js';
import type { Translator } from '../i18n.js';
import { redrawnWithout } from './view-menu.js';

/**
 * Staff screens (a roster, /referrals, attendance ticks, a call list) naming someone forgotten are drawn again without
 * that person, each for its reader, instead of being closed (fix34e; probe31 L3 for the ticks). One that cannot be
 * (its message gone, its reader no longer staff, nothing left to show) is closed as before: «Список закрыт: …».
 */
export async function redrawWithoutForgotten(ctx: BotContext, views: ViewToRedraw[]): Promise<void> {
  for (const view of views) {
    // /find's list of matches is no view menu: its flow ended, it is drawn as a plain list (fix35d).
    const redrawn = await (view.menu === FOUND_LIST ? redrawFoundList(ctx, view) : redrawnWithout(ctx, view)).catch((error: unknown) => {
      ctx.log.warn({ err: String(error), menu: view.menu }, 'screen not redrawn without a forgotten person');
      return false;
    });
    if (!redrawn) await closeView(view, ctx.deps.now());
  }
}

/** Around every update: the screens its /forget or /forgetperson left to be redrawn are redrawn once it is done. */
export const viewsKeptOnForget: MiddlewareFn<BotContext> = (ctx, next) => keepingViews(next, (views) => redrawWithoutForgotten(ctx, views));

/**
 * The same after a background job (retention), through a context of no update (as callsRedrawnAfterJobs); before the
 * bot knows itself (start-up), the screens are closed.
 */
export function keptAfterJobs(bot: Bot<BotContext>, deps: BotDeps, i18n: Translator) {
  return async (views: ViewToRedraw[]): Promise<void> => {
    if (!bot.isInited()) return void (await Promise.all(views.map((view) => closeView(view, deps.now()))));
    const ctx = new Context({ update_id: 0 }, bot.api, bot.botInfo) as BotContext;
    const tIn: BotContext['tIn'] = (language) => (key, vars) => i18n.t(language, key, vars);
    Object.assign(ctx, { deps, log: deps.logger, tIn, locale: deps.config.DEFAULT_LOCALE, t: tIn(deps.config.DEFAULT_LOCALE) });
    await redrawWithoutForgotten(ctx, views);
  };
}
