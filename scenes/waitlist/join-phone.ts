import { readTypedPhone } from '../../src/domain/phone.js';
import { sameAsLabel } from '../../src/domain/text.js';
import type { SceneContext } from '../shared/context.js';
import { notHeardKind } from '../shared/not-heard.js';
import { normalizeContactPhone } from './validators.js';

/* The phone step of the join (join-waitlist.ts): what a message at it gives, and what to say when nothing. */

/** The citizen's own contact, a typed number, or Skip (null). */
export function readPhone(ctx: SceneContext): string | null | undefined {
  const contact = ctx.message?.contact;
  if (contact) return contact.user_id === ctx.from?.id ? normalizeContactPhone(contact.phone_number) : undefined;
  const text = ctx.message?.text;
  // "пропустить" typed in any case is Skip, not a bad number (walk s20 #39).
  if (text !== undefined && sameAsLabel(ctx.t('btn-skip')).test(text.trim())) return null;
  const typed = text ? readTypedPhone(text) : undefined;
  return typed && 'phone' in typed ? typed.phone : undefined;
}

/**
 * Why the phone was not taken: someone else's contact, an own contact Telegram sent unreadable (nothing was typed), or typed digits.
 * A foreign number the bot cannot check gets its own words (walk s22 W22-01): `join-phone-foreign` with `skip`, whether the
 * question has a Skip button (the join) or not (changing the phone later).
 */
export function phoneHint(ctx: SceneContext): string {
  const contact = ctx.message?.contact;
  // A voice message or a sticker: said that the bot does not hear it, not "could not read a number" (walk s21 W21-08).
  const notHeard = notHeardKind(ctx.message);
  if (notHeard) return `join-phone-not-heard-${notHeard}`;
  // Typed: a number no plan has is called so; anything else could not be read (not "no such number").
  if (!contact) {
    const typed = ctx.message?.text ? readTypedPhone(ctx.message.text) : undefined;
    const problem = typed && 'problem' in typed ? typed.problem : undefined;
    if (problem === 'foreign') return 'join-phone-foreign';
    return problem === 'not-a-number' ? 'join-phone-invalid' : problem === 'digit-missing' ? 'join-phone-digit-missing' : 'join-phone-unreadable';
  }
  return contact.user_id === ctx.from?.id ? 'join-phone-contact-unreadable' : 'join-phone-not-own';
}
