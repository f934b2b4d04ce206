import type { InviteRefusal } from '../../domain/one-time-invites.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import type { BotContext } from '../context.js';

/**
 * A staff (staff-) or representative (rep-) invite that cannot be opened: used,
 * withdrawn, expired or unknown. The person says why and what to do (ask the
 * coordinator for a new link), and gets the citizen main menu with it: they
 * opened the bot through this link and would otherwise have nothing to tap.
 */
export async function replyInviteRefused(ctx: BotContext, reason: InviteRefusal): Promise<void> {
  await ctx.reply(ctx.t(`cls-invite-${reason}`), { reply_markup: mainMenu(ctx) });
}
