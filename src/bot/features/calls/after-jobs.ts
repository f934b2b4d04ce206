import { Context, type Bot } from 'grammy';
import { canManageCenter } from '../../../domain/roles.js';
import type { BotContext, BotDeps } from '../../context.js';
import type { Translator } from '../../i18n.js';
import { CALLS_KEY, callsMenu } from './menus.js';

/**
 * After a background job (Agenda: an offer ran out and its seat went to the next person) changed these centers' call
 * lists, the open /calls screens of their readers are redrawn, as callsKeptInStep does after an update (fix30c). A
 * job has no update: the screens are redrawn through a context of no update, each for its reader (her role and
 * language, as redrawShowing does for a colleague). A screen that cannot be redrawn is logged.
 */
export function callsRedrawnAfterJobs(bot: Bot<BotContext>, deps: BotDeps, i18n: Translator) {
  return async (centers: string[]): Promise<void> => {
    // A job that runs before the bot knows itself (start-up: Agenda starts before bot.init) leaves the screens as they are.
    if (centers.length === 0 || !bot.isInited()) return;
    try {
      const ctx = new Context({ update_id: 0 }, bot.api, bot.botInfo) as BotContext;
      const locale = deps.config.DEFAULT_LOCALE;
      const tIn: BotContext['tIn'] = (language) => (key, vars) => i18n.t(language, key, vars);
      Object.assign(ctx, { deps, log: deps.logger, tIn, locale, t: tIn(locale) });
      await callsMenu.redrawShowing(ctx, CALLS_KEY, (role) => centers.some((id) => canManageCenter(role, id)));
    } catch (error) {
      // The job's own work is done: a screen left as it was is logged, never the job's failure.
      deps.logger.warn({ err: String(error) }, '/calls screens not redrawn after a job');
    }
  };
}
