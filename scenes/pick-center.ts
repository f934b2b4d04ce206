import { listCenters, listTowns } from '../src/domain/catalog.js';
import { isValidLocation, nearestCenters } from '../src/domain/geo.js';
import { locationKeyboard } from '../src/bot/keyboards/main-menu.js';
import { nearestForLog } from '../src/bot/conversation-storage.js';
import type { SceneContext } from '../src/bot/context.js';
import { askChoice, askWithReplyKeyboard, BACK, type Back, type SceneConversation } from './kit.js';

/** Reads a shared location (or a venue) from a message. */
export function sharedLocation(ctx: Pick<SceneContext, 'message'>) {
  const location = ctx.message?.location ?? ctx.message?.venue?.location;
  return location && isValidLocation(location) ? { latitude: location.latitude, longitude: location.longitude } : undefined;
}

/**
 * Lets the citizen pick a center: the five nearest to a shared location, or a
 * town and then one of its centers. Returns the center id, or BACK.
 */
export async function pickCenter(conversation: SceneConversation, ctx: SceneContext, intro: string): Promise<string | Back> {
  for (;;) {
    const how = await askChoice(conversation, ctx, {
      text: intro,
      choices: [
        { label: ctx.t('join-center-nearest'), value: 'near' },
        { label: ctx.t('join-center-by-town'), value: 'town' },
      ],
    });
    if (how === BACK) return BACK;
    const picked = how === 'near' ? await pickNearest(conversation, ctx) : await pickByTown(conversation, ctx);
    if (picked !== BACK) return picked;
  }
}

async function pickNearest(conversation: SceneConversation, ctx: SceneContext): Promise<string | Back> {
  const location = await askWithReplyKeyboard(conversation, ctx, {
    text: ctx.t('location-ask'),
    keyboard: locationKeyboard(ctx),
    accept: sharedLocation,
    hint: (c) => c.t('location-invalid'),
  });
  if (location === BACK) return BACK;
  // From the precise location of this very update: the stored log keeps only a town-level one (src/bot/conversation-storage.ts).
  const nearest = await conversation.external({
    task: async (outside) => nearestCenters(await listCenters(), sharedLocation(outside) ?? location),
    beforeStore: nearestForLog,
  });
  return askChoice(conversation, ctx, {
    text: ctx.t('join-nearest-list'),
    choices: nearest.map(({ center, km }) => ({ label: ctx.t('center-with-distance', { name: center.name, km }), value: center.id })),
  });
}

async function pickByTown(conversation: SceneConversation, ctx: SceneContext): Promise<string | Back> {
  for (;;) {
    const towns = await conversation.external(() => listTowns());
    const townIndex = await askChoice(conversation, ctx, {
      text: ctx.t('join-choose-town'),
      choices: towns.map((town, i) => ({ label: town, value: String(i) })),
      columns: 2,
    });
    if (townIndex === BACK) return BACK;
    const town = towns[Number(townIndex)];
    const centers = await conversation.external(async () => (await listCenters()).filter((c) => c.town === town));
    const center = await askChoice(conversation, ctx, {
      text: ctx.t('join-choose-center'),
      choices: centers.map((c) => ({ label: c.name, value: c.id })),
    });
    if (center !== BACK) return center;
  }
}
