import { singleLine } from '../../src/domain/text.js';

export { normalizeContactPhone, normalizePhone } from '../../src/domain/phone.js';

/** A person's name as typed: one line, no control characters (see src/domain/text.ts). */
export const normalizeName = (name: string) => singleLine(name);

/** Seven digits or more in a row (spaces, dashes, brackets between them allowed), or a phone sign: a phone number. */
const PHONE_IN_NAME = /(?:\d[\s\-().]*){7,}|📞|☎/u;

/**
 * Returns a locale key describing the problem, or undefined when the name is fine. A phone number in the
 * name is refused (probe s20 F3): staff screens would show it as the person's phone.
 */
export function validateName(name: string): string | undefined {
  const cleaned = normalizeName(name);
  if (PHONE_IN_NAME.test(cleaned)) return 'join-name-phone';
  return cleaned.length >= 2 && cleaned.length <= 100 && /\p{L}/u.test(cleaned) ? undefined : 'join-name-invalid';
}

/** The name Telegram knows: first and last name, one line. */
export function telegramNameOf(ctx: { from?: { first_name?: string; last_name?: string } }) {
  return normalizeName([ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(' '));
}
