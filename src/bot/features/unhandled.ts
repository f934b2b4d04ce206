import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

/** Last in line: whatever nobody handled gets a polite pointer back to the menu. */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') });
});

unhandledFeature.on('message', async (ctx) => {
  await ctx.reply(ctx.t('unknown-text'), { reply_markup: mainMenu(ctx) });
});
