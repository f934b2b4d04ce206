import { Composer, InlineKeyboard } from 'grammy';
import { describeCenter, findCenter } from '../../domain/catalog.js';
import { centerWords } from '../../domain/center-names.js';
import { listActiveEntries } from '../../domain/waitlist.js';
import type { BotContext } from '../context.js';
import { centerInfoData, centersJoinData } from '../../../scenes/waitlist/centers-near-me.js';
import { JOIN_WAITLIST, type JoinArgs } from '../../../scenes/waitlist/join-waitlist.js';

/**
 * "Hours and address" under the centers near me: a center's card, with
 * "📝 Join here" while the center takes entries. The id in the data is only
 * looked up (any person may read any center's card); an unknown one is told
 * the button no longer works. Joining from the card, or from a list of one
 * center, starts the join flow with that center chosen (the flow checks it
 * again: a forged id gets the usual questions); "Join a course" under a list
 * of several starts it as the main menu's button does.
 */
export const centerInfoFeature = new Composer<BotContext>();

/** The card's text and its Join button (none for a center that takes no entries now); undefined for an unknown id. */
async function centerCard(ctx: BotContext, centerId: string) {
  const center = await describeCenter(centerId);
  if (!center) return undefined;
  const words = centerWords(center, ctx.locale);
  const text = ctx.t('center-details', { name: words.name, address: `${words.town}, ${words.address}`, phone: center.phone, hours: words.hours });
  const open = (await findCenter(centerId)) !== undefined;
  return { text, keyboard: open ? new InlineKeyboard().text(ctx.t('center-join-here'), centersJoinData.pack('card', centerId)) : undefined };
}

/** The cards of the centers this person is signed up at (on a list or in a group), each under "you are signed up here". */
export async function ownCenterCards(ctx: BotContext): Promise<string[]> {
  const entries = ctx.from ? await listActiveEntries(ctx.from.id, ctx.deps.now()) : [];
  const cards = await Promise.all([...new Set(entries.map((e) => e.centerId))].map((id) => centerCard(ctx, id)));
  return cards.flatMap((card) => (card ? [`${ctx.t('own-center')}\n${card.text}`] : []));
}

centerInfoFeature.callbackQuery(centerInfoData.only(''), async (ctx) => {
  const card = await centerCard(ctx, centerInfoData.read(ctx.match).id);
  if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  await ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {});
});

// Back on the first question of joining at a center: the flow ends, and its message is the center's card again.
centerInfoFeature.callbackQuery(centerInfoData.only('back'), async (ctx) => {
  const card = await centerCard(ctx, centerInfoData.read(ctx.match).id);
  if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.editMessageText(card.text, card.keyboard ? { reply_markup: card.keyboard } : {}).catch(() => ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {}));
});

centerInfoFeature.callbackQuery(centersJoinData.any, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  // Any data under cj: a well-formed center is passed on (and checked there); anything else joins without one.
  const chosen = centersJoinData.unpack(ctx.callbackQuery.data);
  const args: JoinArgs = chosen && chosen.action !== '' ? { centerId: chosen.id, from: chosen.action } : {};
  await ctx.conversation.enter(JOIN_WAITLIST, args);
});
