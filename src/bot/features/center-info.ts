import { Composer, InlineKeyboard } from 'grammy';
import { describeCenter, findCenter } from '../../domain/catalog.js';
import { centerWords, addressAfter } from '../../domain/center-names.js';
import { listActiveEntries } from '../../domain/waitlist.js';
import type { BotContext } from '../context.js';
import { SCREEN_WORDS, wordsOf } from '../menus/paging.js';
import { centerInfoData, centersJoinData } from '../../../scenes/waitlist/centers-near-me.js';
import { JOIN_WAITLIST, type JoinArgs } from '../../../scenes/waitlist/join-waitlist.js';
import { rememberJoinHere } from '../../../scenes/waitlist/join-here-memory.js';
import { opensText } from '../../../scenes/shared/center-label.js';

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
  const open = (await findCenter(centerId)) !== undefined;
  // A new center not open yet: its day, and that its line takes people already (walk34 W34-10).
  const opens = open ? opensText(ctx, center, ctx.deps.now(), 'opens-card') : '';
  const text = ctx.t('center-details', { name: words.name, address: `${words.town}, ${words.address}`, phone: center.phone, hours: words.hours }) + (opens && `\n${opens}`);
  return { text, keyboard: open ? new InlineKeyboard().text(ctx.t('center-join-here'), centersJoinData.pack('card', centerId)) : undefined };
}

/**
 * The centers this person is signed up at (on a list or in a group), under "you are signed up here": one message for
 * all of them (probe25 L5). Their cards in full while they fit 60 words; else a line each, with the hours while they
 * fit; undefined for someone on no list.
 */
export async function ownCentersText(ctx: BotContext): Promise<string | undefined> {
  const entries = ctx.from ? await listActiveEntries(ctx.from.id, ctx.deps.now()) : [];
  const centers = (await Promise.all([...new Set(entries.map((e) => e.centerId))].map((id) => describeCenter(id)))).flatMap((c) => (c ? [c] : []));
  if (centers.length === 0) return undefined;
  const heading = ctx.t(centers.length === 1 ? 'own-center' : 'own-centers');
  const cards = await Promise.all(centers.map(async (c) => (await centerCard(ctx, c.id))?.text ?? ''));
  const line = (c: (typeof centers)[number], hours: boolean) => {
    const words = centerWords(c, ctx.locale);
    return ctx.t(hours ? 'own-center-line' : 'own-center-line-short', { name: words.name, address: addressAfter(words.name, words), phone: c.phone, hours: words.hours });
  };
  const shown = [
    `${heading}\n${cards.join('\n\n')}`,
    `${heading}\n${centers.map((c) => line(c, true)).join('\n')}`,
    `${heading}\n${centers.map((c) => line(c, false)).join('\n')}`,
  ];
  return shown.find((text) => wordsOf(text) <= SCREEN_WORDS) ?? shown.at(-1);
}

centerInfoFeature.callbackQuery(centerInfoData.only(''), async (ctx) => {
  const card = await centerCard(ctx, centerInfoData.read(ctx.match).id);
  if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  await ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {});
  if (card.keyboard) rememberJoinHere(ctx.chat!.id, centerInfoData.read(ctx.match).id, ctx.deps.now());
});

// Back on the first question of joining at a center: the flow ends, and its message is the center's card again.
centerInfoFeature.callbackQuery(centerInfoData.only('back'), async (ctx) => {
  const card = await centerCard(ctx, centerInfoData.read(ctx.match).id);
  if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.editMessageText(card.text, card.keyboard ? { reply_markup: card.keyboard } : {}).catch(() => ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {}));
  if (card.keyboard) rememberJoinHere(ctx.chat!.id, centerInfoData.read(ctx.match).id, ctx.deps.now());
});

centerInfoFeature.callbackQuery(centersJoinData.any, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  // Any data under cj: a well-formed center is passed on (and checked there); anything else joins without one.
  const chosen = centersJoinData.unpack(ctx.callbackQuery.data);
  const args: JoinArgs = chosen && chosen.action !== '' ? { centerId: chosen.id, from: chosen.action } : {};
  await ctx.conversation.enter(JOIN_WAITLIST, args);
});
