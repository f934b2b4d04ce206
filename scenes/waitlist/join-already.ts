import { findCourse } from '../../src/domain/catalog.js';
import { centerInTownOf } from '../../src/domain/center-names.js';
import { canMoveFromGroup } from '../../src/domain/group-move.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { moveTo } from './move-center.js';

/* The join (join-waitlist.ts) for a course the person is on the list for already. */

/** Already on the list for this course: say where, and offer to move a waiting entry (its join time is kept). */
export async function alreadyOnList(
  deps: SceneDeps,
  conversation: SceneConversation,
  q: Questions,
  ctx: SceneContext,
  entry: { id: string; courseId: string; centerId: string; status: string; position: number },
  chosenId: string | undefined,
) {
  const vars = await conversation.external(async () => ({
    course: (await findCourse(entry.courseId))?.title[ctx.locale] ?? '',
    center: await centerInTownOf(entry.centerId, ctx.locale),
    position: entry.position,
  }));
  if (entry.status === 'enrolled') return inGroup(deps, conversation, q, ctx, entry, vars, chosenId);
  if (entry.status !== 'waiting') return void (await q.finish(ctx.t(entry.status === 'offered' ? 'join-already-offered' : 'join-already-enrolled', vars)));
  const here = chosenId !== undefined && chosenId !== entry.centerId;
  if (chosenId === entry.centerId) return void (await q.finish(ctx.t('join-already-here', vars)));
  const answer = await q.ask(ctx.t(here ? 'join-already-waiting-elsewhere' : 'join-already-waiting', here ? { ...vars, chosen: await conversation.external(() => centerInTownOf(chosenId, ctx.locale)) } : vars), {
    choices: [
      { label: ctx.t(here ? 'join-already-move-here' : 'join-already-move'), value: 'move' },
      { label: ctx.t('join-already-stay'), value: 'stay' },
    ],
    yes: 'move',
    no: 'stay',
  });
  if (answer === 'stay') return void (await q.finish(ctx.t('join-already-kept', vars)));
  // Joining at a chosen center: that is where they move, not asked again.
  await moveTo(conversation, deps, q, ctx, { ...entry, group: false }, chosenId);
}

/**
 * In a group for this course: someone moving away gives up the seat to wait at the chosen center (or one picked), asked
 * first (walk29 W29-08: «Вы уже записаны в группу» was a dead end); at the group's own center, or with no lesson to
 * come, said as before.
 */
async function inGroup(deps: SceneDeps, conversation: SceneConversation, q: Questions, ctx: SceneContext, entry: { id: string; courseId: string; centerId: string }, vars: Record<string, string | number>, chosenId: string | undefined) {
  const movable = await conversation.external(() => canMoveFromGroup(ctx.from!.id, entry.id, deps.now()));
  if (!movable || chosenId === entry.centerId) return void (await q.finish(ctx.t('join-already-enrolled', vars)));
  if (chosenId === undefined) {
    const choices = [
      { label: ctx.t('join-already-move'), value: 'move' },
      { label: ctx.t('join-already-stay-group'), value: 'stay' },
    ];
    if ((await q.ask(ctx.t('join-already-enrolled-move', vars), { choices, yes: 'move', no: 'stay' })) === 'stay') return void (await q.finish(ctx.t('move-group-kept', { from: vars.center! })));
  }
  await moveTo(conversation, deps, q, ctx, { ...entry, group: true }, chosenId);
}
