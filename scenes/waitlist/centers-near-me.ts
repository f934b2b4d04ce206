import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { CENTER_ID, defineCallbackData } from '../../src/domain/callback-data.js';
import { listCenters, listEveryCenter, listTowns } from '../../src/domain/catalog.js';
import { centerTitle, centerWords, townWords, addressAfter } from '../../src/domain/center-names.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { opensText } from '../shared/center-label.js';
import { locationKeyboard, mainMenu } from '../shared/keyboards.js';
import { Questions } from '../shared/questions.js';
import { forgetJoinHere, rememberJoinHere } from './join-here-memory.js';
import { farFromEveryCenter, nearestToShared, sharedLocation } from './pick-center.js';

export const CENTERS_NEAR_ME = 'centers-near-me';

/**
 * A center's "hours and address" button, `ci:<center id>` (src/bot/features/center-info.ts answers it);
 * `ci:back:<center id>` is Back on the first question of joining there: the card again, in that message.
 */
export const centerInfoData = defineCallbackData('ci', { '': CENTER_ID, back: CENTER_ID });

/**
 * Joining from the centers (center-info.ts starts the join flow): `cj` under a list of several,
 * `cj:list:<center id>` under a list of one and `cj:card:<center id>` on a center's card, that center chosen.
 * The list should not be a dead end, nor ask the town and center just shown.
 */
export const centersJoinData = defineCallbackData('cj', { '': null, list: CENTER_ID, card: CENTER_ID });

const NEAREST = '\u0000near';

/**
 * A town, or a shared location → the centers as map pins (a tap opens the
 * map), then one short list: name, distance, phone, a button per center
 * for its hours and address, and one to join a course's waiting list. Short: a citizen's message is at most 60 words.
 */
async function centersNearMe(deps: SceneDeps, conversation: SceneConversation, ctx: SceneContext) {
  const q = new Questions(conversation, ctx);
  const towns = await conversation.external(async () => {
    const centers = await listCenters();
    return (await listTowns()).map((town) => ({ value: town, label: townWords(town, centers, ctx.locale) }));
  });
  const askTown = q.mark();
  const where = await q.ask(ctx.t('centers-where'), {
    choices: [{ label: ctx.t('centers-nearest-button'), value: NEAREST, alone: true }, ...towns],
    columns: 2,
  });
  // The answer is below it (a location question, or pins and a list): the towns stay as words, not buttons.
  await q.closePressed();
  let found: Array<{ id: string; title: string; address: string; latitude: number; longitude: number; km?: number; phone: string }>;
  if (where === NEAREST) {
    const location = await q.withReplyKeyboard(ctx.t('centers-ask-location'), locationKeyboard(ctx), sharedLocation, (c) => c.t('location-invalid'));
    // Not in Kuzbass (or a phone without a GPS fix): the towns again, not centers thousands of kilometres away (probe s21 L7).
    if (await farFromEveryCenter(conversation, location)) return q.rewindTo(askTown, ctx.t('location-far-away'));
    const nearest = await nearestToShared(conversation, ctx, location, 3);
    const all = await conversation.external(() => listEveryCenter());
    found = nearest.map(({ center, km }) => ({ ...shown(center, all, ctx), km }));
  } else {
    found = await conversation.external(async () => {
      const all = await listEveryCenter();
      return (await listCenters()).filter((c) => c.town === where).map((c) => shown(c, all, ctx));
    });
  }
  // The first pin brings the main menu back (a location keyboard may have replaced it).
  for (const [i, center] of found.entries()) {
    await ctx.replyWithVenue(center.latitude, center.longitude, center.title, center.address, i === 0 ? { reply_markup: mainMenu(ctx) } : {});
  }
  // A new center not open yet says its day, its line taking people already (walk34 W34-10).
  const opens = await conversation.external(async () => {
    const all = await listEveryCenter();
    return found.map((f) => all.find((c) => c.id === f.id)).map((c) => (c ? opensText(ctx, c, deps.now(), 'opens-card') : ''));
  });
  const lines = found.map((c, i) => (c.km === undefined ? ctx.t('center-line', { name: c.title, phone: c.phone }) : ctx.t('center-line-km', { name: c.title, phone: c.phone, km: c.km })) + (opens[i] ? `\n${opens[i]}` : ''));
  const keyboard = new InlineKeyboard();
  for (const center of found) keyboard.text(ctx.t('center-info-button', { name: center.title }), centerInfoData.pack('', center.id)).row();
  // One center shown: joining goes there (the join flow skips the town and center questions).
  if (found.length === 1) keyboard.text(ctx.t('center-join-here'), centersJoinData.pack('list', found[0]!.id));
  else keyboard.text(ctx.t('menu-join'), centersJoinData.pack(''));
  // «Записаться сюда» typed instead of pressed means this one center (join-here-memory.ts).
  const chatId = ctx.chat!.id;
  await conversation.external(() => (found.length === 1 ? rememberJoinHere(chatId, found[0]!.id, deps.now()) : forgetJoinHere(chatId)));
  const header = where === NEAREST ? ctx.t('centers-nearest') : ctx.t('centers-in-town', { town: towns.find((t) => t.value === where)?.label ?? where });
  await q.note([header, ...lines].join('\n\n'), { reply_markup: keyboard });
}

function shown(center: Parameters<typeof centerTitle>[0], all: Parameters<typeof centerTitle>[1], ctx: SceneContext) {
  const words = centerWords(center, ctx.locale);
  const title = centerTitle(center, all, ctx.locale);
  return {
    id: center.id,
    title,
    // The town once: not again after a title that has it («…, Осинники, Осинники, улица Революции, 17»: walk29 W29-11).
    address: addressAfter(title, words),
    latitude: center.latitude,
    longitude: center.longitude,
    phone: center.phone,
  };
}

export function centersNearMeScene(deps: SceneDeps) {
  return createConversation<SceneOuterContext, SceneContext>((conversation, ctx) => centersNearMe(deps, conversation, ctx), CENTERS_NEAR_ME);
}
