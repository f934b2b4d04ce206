import type { MiddlewareFn } from 'grammy';
import { roleOf, type Role } from '../../domain/roles.js';
import { nameLibrarianOnce } from '../../domain/staff.js';
import { noteTelegramLanguage } from '../../domain/staff-language.js';
import type { BotContext } from '../context.js';
import { ourLocale } from '../i18n.js';

/**
 * Says no politely: a toast for a button, a message for a command. `key` names
 * who the command is for, so a librarian sending /staff is not told it is
 * "for library staff only" (she is staff): 'not-allowed' (library staff),
 * 'not-allowed-coordinator', 'not-allowed-representative' (partner-roles.ts).
 */
export async function refuse(ctx: BotContext, key = 'not-allowed'): Promise<void> {
  ctx.log.warn({ user_id: ctx.from?.id }, 'staff action refused');
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
  else await ctx.reply(ctx.t(key));
}

function guard(allowed: (role: Role) => boolean, refusal: string): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const role = ctx.from ? await roleOf(ctx.from.id, ctx.deps.config.ADMIN_IDS) : null;
    if (!role || !allowed(role)) return refuse(ctx, refusal);
    ctx.role = role;
    // Their notices (call digests, call tasks) come in it until they choose one with /language.
    await noteTelegramLanguage(ctx.from!.id, role.kind === 'coordinator', ourLocale(ctx.from!.language_code));
    // A librarian added by her Telegram number after she had opened the bot has no name yet: her Telegram name now.
    if (role.kind === 'librarian') await nameLibrarianOnce(ctx.from!.id, [ctx.from!.first_name, ctx.from!.last_name].filter(Boolean).join(' '));
    return next();
  };
}

/**
 * Put in front of every staff command AND every staff callback query
 * (callback data can be forged). Sets ctx.role.
 *
 * @example
 * feature.command('classes', requireStaff(), listClasses);
 * feature.callbackQuery(groupData.only('open'), requireStaff(), openGroup);
 */
export const requireStaff = () => guard(() => true, 'not-allowed');

/** Coordinators (ADMIN_IDS) only. */
export const requireCoordinator = () => guard((role) => role.kind === 'coordinator', 'not-allowed-coordinator');
