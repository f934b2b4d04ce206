import { nameProblem, withCapitals, withoutDecorations } from '../../src/domain/person-names.js';
import { singleLine } from '../../src/domain/text.js';

export { normalizeContactPhone, normalizePhone } from '../../src/domain/phone.js';

/**
 * A person's name as typed: one line, no control characters (see src/domain/text.ts); typed all in small letters (or
 * all in capitals) it gets its capitals as /import gives them («кулешова зинаида» → «Кулешова Зинаида»): librarians
 * read it out on calls and rosters. A name with capitals and small letters is kept as written.
 */
export const normalizeName = (name: string) => withCapitals(singleLine(name));

const NAME_PROBLEM_KEYS = { phone: 'join-name-phone', letters: 'join-name-invalid', long: 'join-name-invalid', marks: 'join-name-marks' } as const;

/**
 * Returns a locale key describing the problem, or undefined when the name is fine: the one name rule
 * (nameProblem in src/domain/person-names.ts). A Telegram name it refuses is not taken: the name is asked.
 */
export function validateName(name: string): string | undefined {
  const problem = nameProblem(name);
  return problem && NAME_PROBLEM_KEYS[problem];
}

/** The name Telegram knows: first and last name, one line, without decorations such as 🌸 (withoutDecorations). */
export function telegramNameOf(ctx: { from?: { first_name?: string; last_name?: string } }) {
  return withoutDecorations(normalizeName([ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(' ')));
}
