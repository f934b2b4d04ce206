import { roleOf, type Role } from '../../domain/roles.js';
import { staffLanguages } from '../../domain/staff-language.js';
import type { BotContext } from '../context.js';

/**
 * The context a menu is drawn with for the staff member who reads it in `chatId` (her role, her language), when the
 * update is someone else's (a screen redrawn in a colleague's chat); null when she is no longer staff or `concerns`
 * says the change is not hers.
 */
export async function readerIn(ctx: BotContext, chatId: number, concerns: (role: Role) => boolean = () => true): Promise<BotContext | null> {
  const role = await roleOf(chatId, ctx.deps.config.ADMIN_IDS);
  if (!role || !concerns(role)) return null;
  const locale = (await staffLanguages([chatId], ctx.locale)).get(chatId) ?? ctx.locale;
  return Object.assign(Object.create(ctx) as BotContext, { role, locale, t: ctx.tIn(locale) });
}
