import type { PersonMatch } from '../../src/domain/desk-forget.js';
import { roleOf } from '../../src/domain/roles.js';
import { unlinkTelegramForStaff } from '../../src/domain/unlink-telegram.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { naming } from './pick-person.js';

/**
 * The /find card's «🔓 Отвязать Телеграм» (walk34 W34-18): a record made at the library that a relative linked to his
 * own Telegram goes back to the library without Telegram, her places kept; seat offers and reminders become the
 * librarians' calls (src/domain/unlink-telegram.ts). Asked once; the role and the person are checked again at the press.
 * The account's owner is told in one message through the outbox, which sends it to an account that is nobody's record
 * any more (src/outbox/unlink.ts).
 */
export async function unlinkFromCard(conversation: SceneConversation, deps: SceneDeps, q: Questions, ctx: SceneContext, person: PersonMatch) {
  const actorId = ctx.from!.id;
  await q.ask(ctx.t('unlink-confirm', { name: person.name }), { choices: [{ label: ctx.t('unlink-yes'), value: 'yes' }], shown: naming(ctx, deps.now, [person]) });
  const result = await conversation.external(async () => {
    const role = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!role) return { outcome: 'no-role' as const };
    // The account's owner is told through the outbox, with the unlink (fix36d: durable, and his old offers edited).
    const unlinked = await unlinkTelegramForStaff(role, actorId, person.id, deps.now());
    if (!unlinked.ok) return { outcome: unlinked.reason };
    return { outcome: 'unlinked' as const, recordId: unlinked.recordId, calls: unlinked.calls };
  });
  if (result.outcome !== 'unlinked') {
    return q.finish(ctx.t(result.outcome === 'no-role' ? 'not-allowed' : result.outcome === 'not-allowed' ? 'unlink-not-yours' : 'unlink-gone'));
  }
  const ended = await q.finish(ctx.t('unlink-done', { name: person.name, calls: result.calls }));
  // The message names the new record: a /forget of it closes this one too.
  await conversation.external(() => naming(ctx, deps.now, [{ id: result.recordId }])(ended.messageId));
}
