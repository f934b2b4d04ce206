import { Composer, InlineKeyboard } from 'grammy';
import { offerData } from '../../../domain/offer-messages.js';
import { acceptOffer, declineOffer, holdsOpenOffer, offerVars } from '../../../domain/offers.js';
import type { BotContext } from '../../context.js';

/**
 * The citizen's answer to a seat offer (buttons sent through the outbox).
 * Every action is checked against the entry's own citizen id in the domain,
 * so another person's data does nothing.
 */
export function offersFeature() {
  const composer = new Composer<BotContext>();
  const ttl = (ctx: BotContext) => ({ ttlHours: ctx.deps.config.OFFER_TTL_HOURS });

  composer.callbackQuery(offerData.only('acc'), async (ctx) => {
    const { id } = offerData.read(ctx.match);
    const result = await acceptOffer(ctx.from.id, id, ctx.deps.now());
    // A double tap: the first tap has already answered in the chat, the second only gets a short notice.
    if (!result.ok && result.reason === 'already') return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-offer-already') }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (result.ok) {
      ctx.log.info({ entry_id: id, group_id: result.groupId }, 'offer accepted');
      await ctx.reply(ctx.t('cls-offer-accepted', await offerVars(result.groupId, ctx.locale)));
    } else {
      await ctx.reply(ctx.t(result.reason === 'expired' ? 'cls-offer-expired-now' : 'cls-offer-gone'));
    }
  });

  composer.callbackQuery(offerData.only('dec'), async (ctx) => {
    const { id } = offerData.read(ctx.match);
    // Someone else's offer, or one already answered or expired: nothing to ask about.
    if (!(await holdsOpenOffer(ctx.from.id, id, ctx.deps.now()))) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-offer-gone') }));
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('cls-decline-ask'), {
      reply_markup: new InlineKeyboard().text(ctx.t('cls-decline-keep'), offerData.pack('keep', id)).row().text(ctx.t('cls-decline-leave'), offerData.pack('leave', id)),
    });
  });

  composer.callbackQuery(offerData.only('keep', 'leave'), async (ctx) => {
    const { action, id } = offerData.read(ctx.match);
    const keep = action === 'keep';
    const done = await declineOffer(ctx.from.id, id, keep, ctx.deps.now(), ttl(ctx));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (!done) return void (await ctx.reply(ctx.t('cls-offer-gone')));
    ctx.log.info({ entry_id: id, keep }, 'offer declined');
    await ctx.reply(ctx.t(keep ? 'cls-decline-kept' : 'cls-decline-left'));
  });

  // Any other offer:* data (forged, malformed).
  composer.callbackQuery(offerData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}
