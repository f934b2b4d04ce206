import { offerSeatsOnJoining, type OfferOptions } from '../../src/domain/offers.js';
import { seatOfferedAtOnce } from '../../src/domain/seat-at-once.js';
import type { SceneConversation, SceneDeps } from './context.js';

/**
 * Someone came onto a line (joined, moved center, registered at the desk,
 * imported): the free seats of its open groups are offered now. Called after
 * the flow's last message, which already told the person their place; if the
 * database fails here, the person is not sent an apology for a flow that
 * worked, and the offers job offers the seats at its next run (10 minutes).
 */
export function offerSeatsNow(
  conversation: SceneConversation,
  deps: SceneDeps,
  places: Array<Parameters<typeof offerSeatsOnJoining>[0]>,
  own: Pick<OfferOptions, 'toldAtDesk'> = {},
): Promise<void> {
  return conversation.external(async () => {
    try {
      for (const place of places) await offerSeatsOnJoining(place, deps.now(), { ...deps.offers, ...own });
    } catch (error) {
      deps.logger.warn({ err: { message: String(error) } }, 'seats not offered at once: the offers job will');
    }
  });
}

/** Whether offerSeatsNow will offer this entry a seat (the message before it says so instead of «бот напишет»). */
export function seatOfferedNow(conversation: SceneConversation, deps: SceneDeps, entryId: string, place: Parameters<typeof offerSeatsOnJoining>[0]): Promise<boolean> {
  return conversation.external(() => seatOfferedAtOnce(entryId, place, deps.now()).catch(() => false));
}
