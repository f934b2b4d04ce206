import { Composer, InlineKeyboard } from 'grammy';
import { offerData } from '../../../domain/offer-messages.js';
import { acceptOffer, declineOffer, offerVars } from '../../../domain/offers.js';
import { findActiveEntry, leaveWaitlist } from '../../../domain/waitlist.js';
import { giveBackAcceptedSeat, markAcceptTold, untoldEnrolment } from '../../../domain/accept-notice.js';
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
    let result = await acceptOffer(ctx.from.id, id, ctx.deps.now(), ctx.callbackQuery.message?.message_id);
    if (!result.ok && result.reason === 'already') {
      // A double tap: the first tap has already answered in the chat, the second only gets a short notice. Unless the
      // first was cut off before its answer (the bot stopped): then this one gives it.
      const untold = await untoldEnrolment(ctx.from.id, id);
      if (!untold) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-offer-already') }));
      result = { ok: true, groupId: untold };
    }
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (result.ok) {
      ctx.log.info({ entry_id: id, group_id: result.groupId }, 'offer accepted');
      await ctx.reply(ctx.t('cls-offer-accepted', await offerVars(result.groupId, ctx.locale)));
      await markAcceptTold(id, ctx.deps.now());
    } else {
      await ctx.reply(ctx.t(result.reason === 'expired' ? 'cls-offer-expired-now' : 'cls-offer-gone'));
    }
  });

  // "Can't come" gives the seat back at once, keeping the place in line: a person who walks away before the next
  // question does not hold a seat for two days. Leaving the line is then one more tap.
  composer.callbackQuery(offerData.only('dec'), async (ctx) => {
    const { id } = offerData.read(ctx.match);
    // Someone else's offer, or one already answered or expired: nothing to ask about. A seat taken by an "I'll come"
    // the bot stopped before answering is given back, as "Can't come" says.
    const declined = (await declineOffer(ctx.from.id, id, true, ctx.deps.now(), ttl(ctx))) || (await giveBackAcceptedSeat(ctx.from.id, id, ctx.deps.now(), ttl(ctx)));
    if (!declined) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-offer-gone') }));
    ctx.log.info({ entry_id: id }, 'offer declined');
    await ctx.answerCallbackQuery();
    await markDeclined(ctx, id);
    await ctx.reply(ctx.t('cls-decline-ask'), {
      reply_markup: new InlineKeyboard().text(ctx.t('cls-decline-keep'), offerData.pack('keep', id)).row().text(ctx.t('cls-decline-leave'), offerData.pack('leave', id)),
    });
  });

  composer.callbackQuery(offerData.only('keep', 'leave'), async (ctx) => {
    const { action, id } = offerData.read(ctx.match);
    const keep = action === 'keep';
    const done = keep ? await stillWaiting(ctx.from.id, id) : await leaveWaitlist(ctx.from.id, id, ctx.deps.now());
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (!done) return void (await ctx.reply(ctx.t('cls-offer-gone')));
    await ctx.reply(ctx.t(keep ? 'cls-decline-kept' : 'cls-decline-left'));
  });

  // Any other offer:* data (forged, malformed).
  composer.callbackQuery(offerData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

/**
 * The offer answered "Can't come" says so in place of "please answer by …", and keeps only "I'll come" for a change
 * of mind (a late accept takes the seat if nobody holds it yet): walk s20 #22, the offer looked unanswered.
 */
async function markDeclined(ctx: BotContext, entryId: string) {
  const text = ctx.callbackQuery?.message?.text;
  if (!text) return;
  const cut = text.lastIndexOf('\n\n');
  const keyboard = new InlineKeyboard().text(ctx.t('cls-offer-accept'), offerData.pack('acc', entryId));
  await ctx.editMessageText(`${cut > 0 ? text.slice(0, cut) : text}\n\n${ctx.t('cls-offer-declined-note')}`, { reply_markup: keyboard }).catch(() => undefined);
}

/** The entry is this person's and still in line (what "keep my place" confirms after a decline; not once they took a seat after all). */
async function stillWaiting(citizenId: number, entryId: string): Promise<boolean> {
  const status = (await findActiveEntry(citizenId, entryId))?.status;
  return status === 'waiting' || status === 'offered';
}
