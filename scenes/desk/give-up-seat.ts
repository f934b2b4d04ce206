import type { PersonEntry, PersonMatch } from '../../src/domain/desk-forget.js';
import { releaseSeatForStaff } from '../../src/domain/desk-release.js';
import { roleOf } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { naming } from './pick-person.js';

/**
 * /find's "🚪 Отказаться от места: …" (walk28 W28-20): a person without Telegram cannot press the citizen's own
 * give-up, so staff do it for them. The same two answers: back in line at the old place, or off the list for the
 * course; the seat goes to the next in line. The role is checked again before anything is changed.
 */
export async function giveUpSeat(conversation: SceneConversation, deps: SceneDeps, q: Questions, ctx: SceneContext, person: PersonMatch, entry: PersonEntry, course: string) {
  const actorId = ctx.from!.id;
  const choices = [
    { label: ctx.t('desk-release-wait'), value: 'wait' },
    { label: ctx.t('desk-release-leave'), value: 'leave' },
  ];
  const answer = await q.ask(ctx.t('desk-release-confirm', { name: person.name, course }), { choices, shown: naming(ctx, deps.now, [person]) });
  const leave = answer === 'leave';
  const result = await conversation.external(async () => {
    const current = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!current) return { outcome: 'no-role' as const };
    return releaseSeatForStaff(current, actorId, { citizenId: person.id, entryId: entry.id, leave }, deps.now(), deps.offers);
  });
  if (result.outcome === 'no-role') return q.finish(ctx.t('not-allowed'));
  if (result.outcome === 'not-allowed') return q.finish(ctx.t('desk-release-not-yours'));
  if (result.outcome === 'gone') return q.finish(ctx.t('desk-release-gone'));
  const done = { name: person.name, course, leave: leave ? 'yes' : 'no', telegram: result.telegram ? 'yes' : 'no' };
  const ended = await q.finish(ctx.t('desk-release-done', done));
  await conversation.external(() => naming(ctx, deps.now, [person])(ended.messageId));
}
