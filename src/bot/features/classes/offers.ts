import { Composer, InlineKeyboard } from 'grammy';
import { acceptOffer, declineOffer, offerVars } from '../../../domain/offers.js';
import type { BotContext } from '../../context.js';

/**
 * The citizen's answer to a seat offer (buttons sent through the outbox).
 * Every action is checked against the entry's own citizen id in the domain,
 * so another person's data does nothing.
 */
export function offersFeature() {
  const composer = new Composer<BotContext>();
  const ttl = (ctx: BotContext) => ({ ttlHours: ctx.deps.config.OFFER_TTL_HOURS });

  composer.callbackQuery(/^offer:acc:([0-9a-f]{24})$/, async (ctx) => {
    const result = await acceptOffer(ctx.from.id, ctx.match[1]!, ctx.deps.now());
    // A double tap: the first tap has already answered in the chat, the second only gets a short notice.
    if (!result.ok && result.reason === 'already') return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-offer-already') }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (result.ok) {
      ctx.log.info({ entry_id: ctx.match[1], group_id: result.groupId }, 'offer accepted');
      await ctx.reply(ctx.t('cls-offer-accepted', await offerVars(result.groupId, ctx.locale)));
    } else {
      await ctx.reply(ctx.t(result.reason === 'expired' ? 'cls-offer-expired-now' : 'cls-offer-gone'));
    }
  });

  composer.callbackQuery(/^offer:dec:([0-9a-f]{24})$/, async (ctx) => {
    const id = ctx.match[1]!;
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('cls-decline-ask'), {
      reply_markup: new InlineKeyboard().text(ctx.t('cls-decline-keep'), `offer:keep:${id}`).row().text(ctx.t('cls-decline-leave'), `offer:leave:${id}`),
    });
  });

  composer.callbackQuery(/^offer:(keep|leave):([0-9a-f]{24})$/, async (ctx) => {
    const keep = ctx.match[1] === 'keep';
    const done = await declineOffer(ctx.from.id, ctx.match[2]!, keep, ctx.deps.now(), ttl(ctx));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (!done) return void (await ctx.reply(ctx.t('cls-offer-gone')));
    ctx.log.info({ entry_id: ctx.match[2], keep }, 'offer declined');
    await ctx.reply(ctx.t(keep ? 'cls-decline-kept' : 'cls-decline-left'));
  });

  // Any other offer:* data (forged, malformed).
  composer.callbackQuery(/^offer:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}
