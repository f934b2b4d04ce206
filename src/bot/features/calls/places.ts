import { describeCenter } from '../../../domain/catalog.js';
import { centerPlace } from '../../../domain/center-names.js';
import type { BotContext } from '../../context.js';

/** Town and name of each center, in the reader's language. */
export async function placesOf(ctx: BotContext, centerIds: string[]): Promise<Record<string, string>> {
  const places: Record<string, string> = {};
  for (const id of new Set(centerIds)) {
    const center = await describeCenter(id);
    places[id] = center ? centerPlace(center, ctx.locale) : id;
  }
  return places;
}
