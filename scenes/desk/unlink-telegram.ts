import type { PersonMatch } from '../../src/domain/desk-forget.js';
import { roleOf } from '../../src/domain/roles.js';
import { unlinkTelegramForStaff } from '../../src/domain/unlink-telegram.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneHooks } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { naming } from './pick-person.js';

/**
 * The /find card's «🔓 Отвязать Телеграм» (walk34 W34-18): a record made at the library that a relative linked to his
 * own Telegram goes back to the library without Telegram, her places kept; seat offers and reminders become the
 * librarians' calls (src/domain/unlink-telegram.ts). Asked once; the role and the person are checked again at the press.
 * The account's owner is told in one message, sent here: the outbox writes only to people it knows, and after the
 * unlink the account is nobody's record.
 */
export async function unlinkFromCard(conversation: SceneConversation, deps: SceneDeps, hooks: Pick<SceneHooks, 'say'>, q: Questions, ctx: SceneContext, person: PersonMatch) {
  const actorId = ctx.from!.id;
  await q.ask(ctx.t('fix35e-unlink-confirm', { name: person.name }), { choices: [{ label: ctx.t('fix35e-unlink-yes'), value: 'yes' }], shown: naming(ctx, deps.now, [person]) });
  const result = await conversation.external(async (outer) => {
    const role = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!role) return { outcome: 'no-role' as const };
    const unlinked = await unlinkTelegramForStaff(role, actorId, person.id, deps.now());
    if (!unlinked.ok) return { outcome: unlinked.reason };
    await outer.api.sendMessage(person.id, hooks.say(unlinked.language, 'fix35e-unlink-told')).catch((error: unknown) => {
      // He blocked the bot or deleted the account: nothing to tell, the unlink stands. No ids or names in the log.
      deps.logger.warn({ err: String(error) }, 'unlink: the account could not be told');
    });
    return { outcome: 'unlinked' as const, recordId: unlinked.recordId, calls: unlinked.calls };
  });
  if (result.outcome !== 'unlinked') {
    return q.finish(ctx.t(result.outcome === 'no-role' ? 'not-allowed' : result.outcome === 'not-allowed' ? 'fix35e-unlink-not-yours' : 'fix35e-unlink-gone'));
  }
  const ended = await q.finish(ctx.t('fix35e-unlink-done', { name: person.name, calls: result.calls }));
  // The message names the new record: a /forget of it closes this one too.
  await conversation.external(() => naming(ctx, deps.now, [{ id: result.recordId }])(ended.messageId));
}
