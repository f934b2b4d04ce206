import { Composer, InlineKeyboard, type SessionFlavor } from 'grammy';
import { defineCallbackData } from '../../domain/callback-data.js';
import { forgetCitizen } from '../../domain/citizens.js';
import type { BotContext, SessionData } from '../context.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

/** /forget: after a confirmation, withdraws consent and deletes the citizen's personal data. */
export const forgetFeature = new Composer<BotContext>();

const forgetData = defineCallbackData('forget', { yes: null, no: null });

forgetFeature.command('forget', async (ctx) => {
  await ctx.conversation.exitAll();
  await ctx.reply(ctx.t('forget-confirm'), {
    reply_markup: new InlineKeyboard().text(ctx.t('forget-yes'), forgetData.pack('yes')).text(ctx.t('forget-no'), forgetData.pack('no')),
  });
});

forgetFeature.callbackQuery(forgetData.only('yes'), async (ctx) => {
  // Seats they hold go to the next person in line; then every trace of them is removed (the retention job calls the same).
  const forgotten = await forgetCitizen(ctx.from.id, ctx.deps.now(), { ttlHours: ctx.deps.config.OFFER_TTL_HOURS });
  // The session middleware would otherwise write this chat's session back at the end of the update.
  (ctx as SessionFlavor<SessionData>).session = null;
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t(forgotten ? 'forget-done' : 'forget-nothing'), { reply_markup: mainMenu(ctx) });
});

forgetFeature.callbackQuery(forgetData.only('no'), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('forget-kept')).catch(() => undefined);
});
