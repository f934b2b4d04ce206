import { Composer, InlineKeyboard } from 'grammy';
import { forgetCitizen } from '../../domain/citizens.js';
import { releaseCitizenSeats } from '../../domain/offers.js';
import type { BotContext } from '../context.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

/** /forget: after a confirmation, withdraws consent and deletes the citizen's personal data. */
export const forgetFeature = new Composer<BotContext>();

forgetFeature.command('forget', async (ctx) => {
  await ctx.conversation.exitAll();
  await ctx.reply(ctx.t('forget-confirm'), {
    reply_markup: new InlineKeyboard().text(ctx.t('forget-yes'), 'forget:yes').text(ctx.t('forget-no'), 'forget:no'),
  });
});

forgetFeature.callbackQuery('forget:yes', async (ctx) => {
  const now = ctx.deps.now();
  // Seats they hold or were offered go to the next person in line first.
  await releaseCitizenSeats(ctx.from.id, now, { ttlHours: ctx.deps.config.OFFER_TTL_HOURS });
  const forgotten = await forgetCitizen(ctx.from.id, now);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t(forgotten ? 'forget-done' : 'forget-nothing'), { reply_markup: mainMenu(ctx) });
});

forgetFeature.callbackQuery('forget:no', async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('forget-kept')).catch(() => undefined);
});
