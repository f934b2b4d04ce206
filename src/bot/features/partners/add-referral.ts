import { Composer } from 'grammy';
import { PARTNER_ADD_PERSON } from '../../../../scenes/partners/add-referral.js';
import { representativeOf, roleOf } from '../../../domain/roles.js';
import type { BotContext } from '../../context.js';

/**
 * /add for a partner's representative: registers a person without Telegram
 * as staff do (the desk's flow, scenes/partners/add-referral.ts), referred by
 * the partner. Staff (a librarian who also represents a partner) keep the
 * desk's /add, which comes after this feature; anyone else is refused there.
 */
export function addReferralFeature() {
  const composer = new Composer<BotContext>();
  composer.command('add', async (ctx, next) => {
    if (!ctx.from || (await roleOf(ctx.from.id, ctx.deps.config.ADMIN_IDS)) || !(await representativeOf(ctx.from.id))) return next();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(PARTNER_ADD_PERSON);
  });
  return composer;
}
