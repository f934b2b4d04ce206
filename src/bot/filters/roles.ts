import type { MiddlewareFn } from 'grammy';
import { roleOf, type Role } from '../../domain/roles.js';
import type { BotContext } from '../context.js';

/** Says no politely: a toast for a button, a message for a command. */
async function refuse(ctx: BotContext): Promise<void> {
  ctx.log.warn({ user_id: ctx.from?.id }, 'staff action refused');
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('not-allowed'), show_alert: true });
  else await ctx.reply(ctx.t('not-allowed'));
}

function guard(allowed: (role: Role) => boolean): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const role = ctx.from ? await roleOf(ctx.from.id, ctx.deps.config.ADMIN_IDS) : null;
    if (!role || !allowed(role)) return refuse(ctx);
    ctx.role = role;
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
export const requireStaff = () => guard(() => true);

/** Coordinators (ADMIN_IDS) only. */
export const requireCoordinator = () => guard((role) => role.kind === 'coordinator');
