import { createConversation } from '@grammyjs/conversations';
import { defineCallbackData } from '../../src/domain/callback-data.js';
import { centerTitleOf } from '../../src/domain/center-names.js';
import { findActiveEntry, moveToCenter, positionIfMoved } from '../../src/domain/waitlist.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { offerSeatsNow } from '../shared/offer-seats.js';
import { Questions } from '../shared/questions.js';
import { pickCenter } from './pick-center.js';

export const MOVE_CENTER = 'move-center';

/**
 * Back on the move's first question (the towns), `places`: the flow ends and its message shows
 * "my place in line" again (src/bot/features/waitlist.ts), the screen a move starts from.
 */
export const placesBackData = defineCallbackData('places', { '': null });

/** Where a move was pressed: "my place in line", or the notice that the center closed. */
export type MoveFrom = 'place' | 'notice';

/** Moves a waiting entry (its id is the argument) to another center, keeping the join time. */
async function moveCenter(deps: SceneDeps, conversation: SceneConversation, ctx: SceneContext, entryId: string, from: MoveFrom = 'place') {
  // The towns replace "my place" (the closed-center notice stays above them, it says why); Back shows "my place" there.
  const q = new Questions(conversation, ctx, { back: placesBackData.pack(''), inPlace: from === 'place' });
  const citizenId = ctx.from!.id;
  const entry = await conversation.external(async () => {
    const found = await findActiveEntry(citizenId, entryId);
    return found && found.status === 'waiting' ? { centerId: found.centerId, courseId: found.courseId } : null;
  });
  if (!entry) return q.finish(ctx.t('button-outdated'));
  const choose = q.mark();
  // A town of one center: taken at once, as in the join (the move is confirmed next, naming it: walk29 W29-09).
  const centerId = await pickCenter(conversation, q, ctx, ctx.t('move-center-how'), '', { onlyOne: () => undefined });
  if (centerId === entry.centerId) return q.rewindTo(choose, ctx.t('move-same'));
  await moveEntry(conversation, deps, q, ctx, { id: entryId, courseId: entry.courseId }, centerId, { confirm: true });
}

/**
 * Moves a waiting entry to `centerId` and says the new place in line; a free seat there is offered at once.
 * `confirm`: the center was picked from a list, so one mis-tap must not move the person: ask first, with the
 * place they would have there (Back returns to the list).
 */
export async function moveEntry(
  conversation: SceneConversation,
  deps: SceneDeps,
  q: Questions,
  ctx: SceneContext,
  entry: { id: string; courseId: string },
  centerId: string,
  { confirm }: { confirm: boolean },
) {
  const citizenId = ctx.from!.id;
  const center = await conversation.external(() => centerTitleOf(centerId, ctx.locale));
  if (confirm) {
    const position = await conversation.external(() => positionIfMoved(citizenId, entry.id, centerId));
    if (position === null) return void (await q.finish(ctx.t('button-outdated')));
    await q.ask(ctx.t('move-confirm', { center, position }), { choices: [{ label: ctx.t('move-confirm-yes'), value: 'yes' }], yes: 'yes' });
  }
  const moved = await conversation.external(() => moveToCenter(citizenId, entry.id, centerId));
  await q.finish(moved ? ctx.t('move-done', { center, position: moved.position }) : ctx.t('button-outdated'));
  // A free seat at the new center is offered now (the offer follows this message).
  if (moved) await offerSeatsNow(conversation, deps, [{ courseId: entry.courseId, centerId }]);
}

export function moveCenterScene(deps: SceneDeps) {
  return createConversation<SceneOuterContext, SceneContext>((conversation, ctx, entryId: string, from?: MoveFrom) => moveCenter(deps, conversation, ctx, entryId, from), MOVE_CENTER);
}
