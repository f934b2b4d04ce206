import { listCenters, listTowns } from '../../src/domain/catalog.js';
import { isValidLocation, nearestCenters } from '../../src/domain/geo.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import { locationKeyboard } from '../shared/keyboards.js';
import type { Questions } from '../shared/questions.js';

/** Reads a shared location (or a venue) from a message. */
export function sharedLocation(ctx: SceneContext) {
  const location = ctx.message?.location ?? ctx.message?.venue?.location;
  return location && isValidLocation(location) ? { latitude: location.latitude, longitude: location.longitude } : undefined;
}

/**
 * Lets the citizen pick a center: the five nearest to a shared location, or a
 * town and then one of its centers. Returns the center id.
 */
export async function pickCenter(conversation: SceneConversation, q: Questions, ctx: SceneContext, intro: string): Promise<string> {
  const how = await q.ask(intro, {
    choices: [
      { label: ctx.t('join-center-nearest'), value: 'near' },
      { label: ctx.t('join-center-by-town'), value: 'town' },
    ],
  });
  if (how === 'near') {
    const location = await q.withReplyKeyboard(ctx.t('location-ask'), locationKeyboard(ctx), sharedLocation, (c) => c.t('location-invalid'));
    const nearest = nearestCenters(await conversation.external(() => listCenters()), location);
    return q.ask(ctx.t('join-nearest-list'), {
      choices: nearest.map(({ center, km }) => ({ label: ctx.t('center-with-distance', { name: center.name, km }), value: center.id })),
    });
  }
  const towns = await conversation.external(() => listTowns());
  const town = await q.ask(ctx.t('join-choose-town'), { choices: towns.map((t) => ({ label: t, value: t })), columns: 2 });
  const centers = await conversation.external(async () => (await listCenters()).filter((c) => c.town === town));
  return q.ask(ctx.t('join-choose-center'), { choices: centers.map((c) => ({ label: c.name, value: c.id })) });
}
