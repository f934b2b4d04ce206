import { Composer } from 'grammy';
import { describeCenter } from '../../domain/catalog.js';
import { centerWords } from '../../domain/center-names.js';
import type { BotContext } from '../context.js';

/**
 * "Hours and address" under the centers near me: a center's card. The id in
 * the data is only looked up (any person may read any center's card); an
 * unknown one is told the button no longer works.
 */
export const centerInfoFeature = new Composer<BotContext>();

centerInfoFeature.callbackQuery(/^ci:([a-z0-9-]{1,60})$/, async (ctx) => {
  const center = await describeCenter(ctx.match[1]!);
  if (!center) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  const words = centerWords(center, ctx.locale);
  await ctx.reply(ctx.t('center-details', { name: words.name, address: `${words.town}, ${words.address}`, phone: center.phone, hours: words.hours }));
});
