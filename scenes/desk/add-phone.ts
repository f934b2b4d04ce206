import { addPhoneForStaff, phoneTakenBy } from '../../src/domain/desk-add-phone.js';
import type { PersonMatch } from '../../src/domain/desk-forget.js';
import { normalizePhone, phoneToRead, readPhoneWithNote } from '../../src/domain/phone.js';
import { roleOf } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions, Typed } from '../shared/questions.js';
import { naming } from './pick-person.js';

/** A typed phone; words beside it («(дочь)», walk34 W34-03) are no part of it: a partner's card keeps only the phone. */
export const phoneAnswer: Typed = (text) => {
  const phone = readPhoneWithNote(text)?.phone;
  return phone ? { value: phone } : { error: 'desk-add-phone-invalid' };
};

/**
 * A typed phone with a note about it if there is one («+7 923 123-45-67 (дочь)», walk34 W34-03): the value is the
 * phone, then the note on a line of its own (phoneAndNote). /add and /find keep the note on the person's card, never
 * in the phone.
 */
export const phoneWithNote: Typed = (text) => {
  const read = readPhoneWithNote(text);
  return read ? { value: read.note ? `${read.phone}\n${read.note}` : read.phone } : { error: 'desk-add-phone-invalid' };
};
export const phoneAndNote = (value: string) => {
  const [phone, note] = value.split('\n');
  return { phone: phone!, ...(note ? { note } : {}) };
};

/**
 * The /find card's «📞 Добавить телефон» for someone registered without one (walk29 W29-02): the phone is typed (or a
 * contact shared), read as /add reads it, and the card has it; then «Меня уже записали в библиотеке» with that phone
 * (a relative's too) finds the person. The role is checked again before the change. A card that has a phone gets
 * «📞 Изменить телефон» instead (probe30 L4: a mistyped number was there for good): the same question and checks.
 */
export async function addPhone(conversation: SceneConversation, deps: SceneDeps, q: Questions, ctx: SceneContext, person: PersonMatch) {
  const actorId = ctx.from!.id;
  const was = person.phone;
  const ask = was ? ctx.t('find-change-phone-ask', { name: person.name, phone: phoneToRead(was) }) : ctx.t('find-add-phone-ask', { name: person.name });
  const { phone, note } = phoneAndNote(await q.ask(ask, {
    typed: phoneWithNote, shared: (c) => normalizePhone(c.message?.contact?.phone_number ?? '') ?? undefined, shown: naming(ctx, deps.now, [person]),
  }));
  // Someone's already (in Telegram, or another person at her centers): said and asked first, never merged or shared unasked (fix30c).
  const taken = await conversation.external(async () => {
    const role = await roleOf(actorId, deps.config.ADMIN_IDS);
    return role ? phoneTakenBy(role, person.id, phone) : { telegram: false, others: [] };
  });
  if (taken.telegram || taken.others.length > 0) {
    const ask = taken.telegram
      ? ctx.t('add-phone-telegram', { name: person.name })
      : ctx.t('add-phone-others', { name: person.name, names: taken.others.map((p) => p.name).join(', '), count: taken.others.length });
    const go = await q.ask(ask, {
      choices: [{ label: ctx.t('add-phone-anyway'), value: 'add' }, { label: ctx.t('add-phone-not'), value: 'not' }],
      shown: naming(ctx, deps.now, [person, ...taken.others]),
    });
    if (go === 'not') return q.finish(ctx.t('add-phone-kept'));
  }
  const result = await conversation.external(async () => {
    const role = await roleOf(actorId, deps.config.ADMIN_IDS);
    // The note goes on this card, as /add keeps it on a new one (fix35g); a card joined to another record adds none there.
    return role ? addPhoneForStaff(role, actorId, person.id, phone, deps.now(), was, note) : ({ outcome: 'no-role' } as const);
  });
  if (result.outcome === 'no-role') return q.finish(ctx.t('not-allowed'));
  if (result.outcome === 'gone') return q.finish(ctx.t('desk-move-gone'));
  if (result.outcome === 'has-phone') return q.finish(ctx.t(was ? 'find-change-phone-changed' : 'find-add-phone-has'));
  if (result.outcome === 'same-phone') return q.finish(ctx.t('find-change-phone-same', { phone: phoneToRead(phone) }));
  if (result.outcome === 'in-telegram') return q.finish(ctx.t('add-phone-in-telegram', { name: result.name }));
  // The same phone and name is the same person (/add's rule): joined to that record, unless both wait for one course.
  const text = result.outcome === 'same-name'
    ? ctx.t('find-add-phone-same-name', { name: result.name, phone: phoneToRead(phone) })
    : ctx.t(result.outcome === 'joined' ? 'find-add-phone-joined' : was ? 'find-change-phone-done' : 'find-add-phone-done', {
      name: result.outcome === 'joined' ? result.name : person.name, phone: phoneToRead(result.phone) + (result.outcome === 'added' && note ? ` (${note})` : ''),
    });
  const ended = await q.finish(text);
  // The message names the record the card was joined to, if it was: /forget of that one closes it.
  await conversation.external(() => naming(ctx, deps.now, [result.outcome === 'joined' ? { id: result.citizenId } : person])(ended.messageId));
}
