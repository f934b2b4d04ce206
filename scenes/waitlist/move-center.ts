import { createConversation } from '@grammyjs/conversations';
import { defineCallbackData } from '../../src/domain/callback-data.js';
import { findCenter, findCourse } from '../../src/domain/catalog.js';
import { centerInTownOf } from '../../src/domain/center-names.js';
import { canMoveFromGroup, moveFromGroup, positionIfMovedFromGroup } from '../../src/domain/group-move.js';
import { findActiveEntry, moveToCenter, positionIfMoved } from '../../src/domain/waitlist.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { opensText } from '../shared/center-label.js';
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

/** Moves a waiting entry (its id is the argument) to another center, keeping the join time; or a seat given up to wait there. */
async function moveCenter(deps: SceneDeps, conversation: SceneConversation, ctx: SceneContext, entryId: string, from: MoveFrom = 'place') {
  // The towns replace "my place" (the closed-center notice stays above them, it says why); Back shows "my place" there.
  const q = new Questions(conversation, ctx, { back: placesBackData.pack(''), inPlace: from === 'place' });
  const citizenId = ctx.from!.id;
  // A waiting entry, or a seat in a group with a lesson to come (she gives it up to move: walk29 W29-08).
  const entry = await conversation.external(async () => {
    const found = await findActiveEntry(citizenId, entryId);
    if (found?.status === 'enrolled' && (await canMoveFromGroup(citizenId, entryId, deps.now()))) return { centerId: found.centerId, courseId: found.courseId, group: true };
    return found && found.status === 'waiting' ? { centerId: found.centerId, courseId: found.courseId, group: false } : null;
  });
  if (!entry) return q.finish(ctx.t('button-outdated'));
  await moveTo(conversation, deps, q, ctx, { id: entryId, ...entry });
}

/** Asks where (a town of one center taken at once, as in the join: walk29 W29-09), then moves, confirmed naming it. */
export async function moveTo(
  conversation: SceneConversation,
  deps: SceneDeps,
  q: Questions,
  ctx: SceneContext,
  entry: { id: string; courseId: string; centerId: string; group: boolean },
  chosenId?: string,
) {
  const choose = q.mark();
  const centerId = chosenId ?? (await pickCenter(conversation, q, ctx, ctx.t('move-center-how'), '', { onlyOne: () => undefined, now: deps.now }));
  if (centerId === entry.centerId) return q.rewindTo(choose, ctx.t(entry.group ? 'move-group-same' : 'move-same'));
  // "Move to the chosen center" named the center already: no second question (a seat given up is always asked).
  await moveEntry(conversation, deps, q, ctx, entry, centerId, { confirm: chosenId === undefined });
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
  entry: { id: string; courseId: string; centerId?: string; group?: boolean },
  centerId: string,
  { confirm }: { confirm: boolean },
) {
  const citizenId = ctx.from!.id;
  // A center not open yet says its day with its name (walk34 W34-10, fix36d): a town of one center was taken unasked.
  const center = await conversation.external(async () => {
    const title = await centerInTownOf(centerId, ctx.locale);
    const opens = await findCenter(centerId).then((c) => (c ? opensText(ctx, c, deps.now(), 'opens-short') : ''));
    return opens ? `${title} ${opens}` : title;
  });
  if (entry.group) return moveSeat(conversation, deps, q, ctx, { ...entry, centerId: entry.centerId ?? '' }, centerId, center);
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

/**
 * A seat in a group given up to wait at another center (walk29 W29-08): «Вы в группе … Отказаться от места там и встать
 * в очередь: …?» always asked (the seat is lost), with the place she would have; the seat goes to the next person.
 */
async function moveSeat(
  conversation: SceneConversation,
  deps: SceneDeps,
  q: Questions,
  ctx: SceneContext,
  entry: { id: string; courseId: string; centerId: string },
  centerId: string,
  center: string,
) {
  const citizenId = ctx.from!.id;
  const about = await conversation.external(async () => ({
    course: (await findCourse(entry.courseId))?.title[ctx.locale] ?? '',
    from: await centerInTownOf(entry.centerId, ctx.locale),
    position: await positionIfMovedFromGroup(citizenId, entry.id, centerId, deps.now()),
  }));
  if (about.position === null) return void (await q.finish(ctx.t('button-outdated')));
  const answer = await q.ask(ctx.t('move-group-confirm', { ...about, position: about.position, center }), {
    choices: [
      { label: ctx.t('move-group-yes'), value: 'yes' },
      { label: ctx.t('move-group-no'), value: 'no' },
    ],
    yes: 'yes',
    no: 'no',
  });
  if (answer === 'no') return void (await q.finish(ctx.t('move-group-kept', { from: about.from })));
  const moved = await conversation.external(() => moveFromGroup(citizenId, entry.id, centerId, deps.now(), deps.offers));
  await q.finish(moved ? ctx.t('move-group-done', { center, position: moved.position }) : ctx.t('button-outdated'));
  if (moved) await offerSeatsNow(conversation, deps, [{ courseId: entry.courseId, centerId }]);
}

export function moveCenterScene(deps: SceneDeps) {
  return createConversation<SceneOuterContext, SceneContext>((conversation, ctx, entryId: string, from?: MoveFrom) => moveCenter(deps, conversation, ctx, entryId, from), MOVE_CENTER);
}
