import { createConversation } from '@grammyjs/conversations';
import { entriesElsewhere, forgetPersonForStaff, type FoundBy, type PersonMatch } from '../../src/domain/desk-forget.js';
import { roleOf, type Role } from '../../src/domain/roles.js';
import { forgetShownView } from '../../src/domain/shown-views.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions } from '../shared/questions.js';
import { naming, personLines, pickPerson, type EntryLabels } from './pick-person.js';

export const FORGET_PERSON = 'desk-forget-person';

/**
 * /forgetperson (issue 11.5): a person asked at the desk or by phone to be
 * forgotten. Phone or part of the name → the matches as buttons (paged; one found goes straight on, walk s28
 * W28-22) → the person's entries and "Delete?" → the same deletion as /forget. Librarians
 * find only people with an entry at their centers; the choice is checked again
 * when Delete is pressed. The names found stay in this conversation's state
 * only while it runs (it is deleted when the flow ends).
 */
export function forgetPersonScene(deps: SceneDeps) {
  /** `query`: the words typed after /forgetperson, searched at once as /find's are (walk31 W31-08). */
  async function forgetPerson(conversation: SceneConversation, ctx: SceneContext, query?: string) {
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) return q.finish(ctx.t('not-allowed'));
    const { person, by, labels } = await pickPerson(conversation, q, ctx, role, ctx.t('desk-forget-search'), { now: deps.now, ...(typeof query === 'string' ? { query } : {}) });
    await confirmForget(conversation, deps, q, ctx, { role, person, by, labels });
  }
  return createConversation<SceneOuterContext, SceneContext>(forgetPerson, FORGET_PERSON);
}

/**
 * "Delete all data of this person?" with their entries → the deletion, the role checked again first.
 * Also the person card's "🗑 Delete data" (/find, find-person.ts). A librarian's person who also waits (or
 * studies) at a center she does not manage is not deleted: the coordinator does it (probe s22 H3).
 */
export async function confirmForget(
  conversation: SceneConversation,
  deps: SceneDeps,
  q: Questions,
  ctx: SceneContext,
  { role, person, by, labels }: { role: Role; person: PersonMatch; by: FoundBy; labels: EntryLabels },
) {
  const actorId = ctx.from!.id;
  if (entriesElsewhere(role, person).length > 0) return q.finish(ctx.t('desk-forget-elsewhere'));
  await q.ask(ctx.t('desk-forget-confirm', { person: personLines(ctx, person, labels) }), {
    choices: [{ label: ctx.t('desk-forget-yes'), value: 'yes' }],
    shown: naming(ctx, deps.now, [person]),
  });
  const citizenId = person.id;
  const result = await conversation.external(async (outer) => {
    const current = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!current) return 'no-role' as const;
    // This question's message says how it ended ("deleted"), not "closed" as the person's other cards will.
    const pressed = outer.callbackQuery?.message?.message_id;
    if (pressed !== undefined) await forgetShownView(actorId, pressed);
    return forgetPersonForStaff(current, actorId, citizenId, by, deps.now(), deps.offers);
  });
  if (result === 'no-role') return q.finish(ctx.t('not-allowed'));
  // Still staff: the person is no longer at her centers (probe s22 L3).
  if (result === 'not-allowed') return q.finish(ctx.t('desk-forget-not-yours'));
  if (result === 'elsewhere') return q.finish(ctx.t('desk-forget-elsewhere'));
  await q.finish(ctx.t(result === 'forgotten' ? 'desk-forget-done' : 'desk-forget-gone'));
}
