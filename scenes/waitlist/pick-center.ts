import { listCenters, listTowns } from '../../src/domain/catalog.js';
import { isValidLocation, nearestCenters } from '../../src/domain/geo.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import { locationKeyboard } from '../shared/keyboards.js';
import type { Questions } from '../shared/questions.js';

/** Reads a shared location (or a venue) from a message. */
export function sharedLocation(ctx: Pick<SceneContext, 'message'>) {
  const location = ctx.message?.location ?? ctx.message?.venue?.location;
  return location && isValidLocation(location) ? { latitude: location.latitude, longitude: location.longitude } : undefined;
}

/**
 * For `conversation.external({ task, beforeStore: nearestForLog })` around the
 * nearest centers of a shared location: distances to five known places would
 * give the location away again, so the log keeps the centers in order without
 * them. A replay only needs the centers (the buttons' values); the message
 * with the distances was sent on the first run.
 */
export function nearestForLog<T extends { km: number }>(nearest: T[]): T[] {
  return nearest.map((n) => ({ ...n, km: 0 }));
}

/**
 * The nearest centers of the location shared in this very update, computed
 * outside the replay from the precise point (the stored log keeps only a
 * town-level one, see src/bot/conversation-storage.ts) and logged without distances.
 */
export function nearestToShared(conversation: SceneConversation, location: { latitude: number; longitude: number }, count?: number) {
  return conversation.external({
    task: async (outside) => nearestCenters(await listCenters(), sharedLocation(outside) ?? location, count),
    beforeStore: nearestForLog,
  });
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
    const nearest = await nearestToShared(conversation, location);
    return q.ask(ctx.t('join-nearest-list'), {
      choices: nearest.map(({ center, km }) => ({ label: ctx.t('center-with-distance', { name: center.name, km }), value: center.id })),
    });
  }
  const towns = await conversation.external(() => listTowns());
  const town = await q.ask(ctx.t('join-choose-town'), { choices: towns.map((t) => ({ label: t, value: t })), columns: 2 });
  const centers = await conversation.external(async () => (await listCenters()).filter((c) => c.town === town));
  return q.ask(ctx.t('join-choose-center'), { choices: centers.map((c) => ({ label: c.name, value: c.id })) });
}
