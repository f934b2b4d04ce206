import { representativeOf, roleOf, type Role } from '../../domain/roles.js';
import { staffLanguages } from '../../domain/staff-language.js';
import type { BotContext } from '../context.js';

/**
 * The context a menu is drawn with for the staff member who reads it in `chatId` (her role, her language), when the
 * update is someone else's (a screen redrawn in a colleague's chat); null when she is no longer staff or `concerns`
 * says the change is not hers. With `partners`, a partner's representative reads with her partner (her /referrals, fix34e).
 */
export async function readerIn(ctx: BotContext, chatId: number, concerns: (role: Role) => boolean = () => true, partners = false): Promise<BotContext | null> {
  const role = await roleOf(chatId, ctx.deps.config.ADMIN_IDS);
  const partnerRole = role || !partners ? undefined : ((await representativeOf(chatId)) ?? undefined);
  if (role ? !concerns(role) : !partnerRole) return null;
  const locale = (await staffLanguages([chatId], ctx.locale)).get(chatId) ?? ctx.locale;
  return Object.assign(Object.create(ctx) as BotContext, { role: role ?? undefined, partnerRole, locale, t: ctx.tIn(locale) });
}
