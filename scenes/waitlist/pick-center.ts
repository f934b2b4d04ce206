import { listCenters, listEveryCenter, listTowns } from '../../src/domain/catalog.js';
import { centerTitle, centerWords, townWords } from '../../src/domain/center-names.js';
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
 * Lets the citizen pick a center in one question: "📍 Nearest to me" above the
 * towns; then the five centers nearest to a shared location, or the town's
 * centers. `intro` asks the question. Returns the center id.
 */
export async function pickCenter(conversation: SceneConversation, q: Questions, ctx: SceneContext, intro: string): Promise<string> {
  const towns = await conversation.external(async () => {
    const centers = await listCenters();
    return (await listTowns()).map((town) => ({ value: town, label: townWords(town, centers, ctx.locale) }));
  });
  const where = await q.ask(intro, {
    choices: [{ label: ctx.t('join-center-nearest'), value: NEAREST, alone: true }, ...towns],
    columns: 2,
  });
  if (where === NEAREST) {
    const location = await q.withReplyKeyboard(ctx.t('location-ask'), locationKeyboard(ctx), sharedLocation, (c) => c.t('location-invalid'));
    const nearest = await nearestToShared(conversation, location);
    const labels = await conversation.external(async () => {
      const all = await listEveryCenter();
      return nearest.map(({ center }) => centerTitle(center, all, ctx.locale));
    });
    return q.ask(ctx.t('join-nearest-list'), {
      choices: nearest.map(({ center, km }, i) => ({ label: ctx.t('center-with-distance', { name: labels[i]!, km }), value: center.id })),
    });
  }
  const centers = await conversation.external(async () => {
    return (await listCenters()).filter((c) => c.town === where).map((c) => ({ value: c.id, label: centerWords(c, ctx.locale).name }));
  });
  return q.ask(ctx.t('join-choose-center', { town: towns.find((t) => t.value === where)?.label ?? where }), { choices: centers });
}

/** The value of "📍 Nearest to me" among the towns (no town is called so). */
const NEAREST = '\u0000near';
