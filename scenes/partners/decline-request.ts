import { createConversation } from '@grammyjs/conversations';
import { declineRequest, pendingRequestFor } from '../../src/domain/partners/requests.js';
import { roleOf } from '../../src/domain/roles.js';
import { singleLine } from '../../src/domain/text.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions } from '../shared/questions.js';

export const DECLINE_REQUEST = 'partners-decline-request';

export interface DeclineRequestArgs {
  requestId: string;
}

/** Decline a partner's group request: a reason (a common one, or typed) → Decline; the representative is told. */
export function declineRequestScene(deps: SceneDeps) {
  async function decline(conversation: SceneConversation, ctx: SceneContext, args: DeclineRequestArgs) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(userId, deps.config.ADMIN_IDS));
    const request = role ? await conversation.external(() => pendingRequestFor(role, args.requestId)) : null;
    if (!role || !request) return q.finish(ctx.t('prt-req-gone'));
    const reason = await q.ask(ctx.t('prt-req-ask-reason', { partner: request.partnerName }), {
      choices: ['prt-req-reason-room', 'prt-req-reason-teacher', 'prt-req-reason-dates'].map((key) => ({ label: ctx.t(key), value: ctx.t(key) })),
      typed: (t) => (singleLine(t).length >= 3 && t.length <= 500 ? { value: singleLine(t) } : { error: 'prt-req-reason-invalid' }),
    });
    const done = await conversation.external(async () => {
      const current = await roleOf(userId, deps.config.ADMIN_IDS);
      if (!current) return false;
      return declineRequest(userId, current, args.requestId, reason, deps.now());
    });
    await q.finish(ctx.t(done ? 'prt-req-declined-staff' : 'prt-req-gone'));
  }
  return createConversation<SceneOuterContext, SceneContext>(decline, DECLINE_REQUEST);
}
