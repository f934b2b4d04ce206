import { Composer } from 'grammy';
import { describeCenter } from '../../domain/catalog.js';
import { centerWords } from '../../domain/center-names.js';
import type { BotContext } from '../context.js';
import { centerInfoData, centersJoinData } from '../../../scenes/waitlist/centers-near-me.js';
import { JOIN_WAITLIST } from '../../../scenes/waitlist/join-waitlist.js';

/**
 * "Hours and address" under the centers near me: a center's card. The id in
 * the data is only looked up (any person may read any center's card); an
 * unknown one is told the button no longer works. "Join a course" under the
 * same list starts the join flow below it, as the main menu's button does.
 */
export const centerInfoFeature = new Composer<BotContext>();

centerInfoFeature.callbackQuery(centerInfoData.only(), async (ctx) => {
  const center = await describeCenter(centerInfoData.read(ctx.match).id);
  if (!center) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  const words = centerWords(center, ctx.locale);
  await ctx.reply(ctx.t('center-details', { name: words.name, address: `${words.town}, ${words.address}`, phone: center.phone, hours: words.hours }));
});

centerInfoFeature.callbackQuery(centersJoinData.only(), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(JOIN_WAITLIST);
});
