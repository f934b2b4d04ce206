import { createConversation } from '@grammyjs/conversations';
import { defineCallbackData } from '../../src/domain/callback-data.js';
import { addPhoneForPartner, partnerPhonePerson, phoneIsOthers } from '../../src/domain/partners/add-phone.js';
import { normalizePhone, phoneToRead } from '../../src/domain/phone.js';
import { representativeOf } from '../../src/domain/roles.js';
import { phoneAnswer } from '../desk/add-phone.js';
import { naming } from '../desk/pick-person.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions } from '../shared/questions.js';

export const PARTNER_ADD_PHONE = 'partners-add-phone';

/**
 * Back on the phone question, `rfback`: the flow ends and its message is the representative's /referrals again
 * (src/bot/features/partners/referrals.ts).
 */
export const referralsBackData = defineCallbackData('rfback', { '': null });

/**
 * /referrals' «📞 Добавить телефон: <имя>» (walk31 W31-05): a representative gives a phone to a person her
 * organization referred without one and without Telegram (a patient who has a phone now), typed or shared as a
 * contact; then «Меня уже записали в библиотеке» with it finds the record. The same change as the librarian's /find
 * (putPhoneOn), checked against her partner on entry and again before the change. Nobody else is named to her: a
 * phone someone else has is said so, without whose it is.
 */
export function partnerAddPhoneScene(deps: SceneDeps) {
  async function partnerAddPhone(conversation: SceneConversation, ctx: SceneContext, citizenId: number) {
    const q = new Questions(conversation, ctx, { back: referralsBackData.pack(''), inPlace: true });
    const actorId = ctx.from!.id;
    const may = await conversation.external(async () => {
      const role = await representativeOf(actorId);
      return role ? partnerPhonePerson(role.partnerId, citizenId) : null;
    });
    if (!may) return q.finish(ctx.t('not-allowed'));
    if (!may.ok) return q.finish(ctx.t(may.why === 'has-phone' ? 'ref-add-phone-has-phone' : 'ref-add-phone-not-yours'));
    const shown = naming(ctx, deps.now, [{ id: citizenId }]);
    const phone = await q.ask(ctx.t('ref-add-phone-ask', { name: may.name }), {
      typed: phoneAnswer, shared: (c) => normalizePhone(c.message?.contact?.phone_number ?? '') ?? undefined, shown,
    });
    // One phone for two happens (spouses, a relative's): asked, never said whose.
    if (await conversation.external(() => phoneIsOthers(citizenId, phone))) {
      const go = await q.ask(ctx.t('ref-add-phone-taken', { name: may.name }), {
        choices: [{ label: ctx.t('add-phone-anyway'), value: 'add' }, { label: ctx.t('add-phone-not'), value: 'not' }],
        shown,
      });
      if (go === 'not') return q.finish(ctx.t('ref-add-phone-kept'));
    }
    const result = await conversation.external(async () => {
      const role = await representativeOf(actorId);
      return role ? addPhoneForPartner(role.partnerId, actorId, citizenId, phone, deps.now()) : ({ outcome: 'no-role' } as const);
    });
    if (result.outcome === 'no-role') return q.finish(ctx.t('not-allowed'));
    if (result.outcome === 'not-yours' || result.outcome === 'gone') return q.finish(ctx.t('ref-add-phone-not-yours'));
    if (result.outcome === 'has-phone' || result.outcome === 'same-phone') return q.finish(ctx.t('ref-add-phone-has-phone'));
    const key = { added: 'ref-add-phone-done', joined: 'ref-add-phone-joined', 'same-name': 'ref-add-phone-same-name', 'in-telegram': 'ref-add-phone-in-telegram' }[result.outcome];
    const ended = await q.finish(ctx.t(key, { name: may.name, phone: phoneToRead(phone) }));
    await conversation.external(() => naming(ctx, deps.now, [{ id: result.outcome === 'joined' ? result.citizenId : citizenId }])(ended.messageId));
  }
  return createConversation<SceneOuterContext, SceneContext>(partnerAddPhone, PARTNER_ADD_PHONE);
}
