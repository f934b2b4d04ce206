import { singleLine } from './text.js';

/**
 * Telling people apart by name (walk s21 W21-03, fixH): people without Telegram are identified by phone AND name,
 * since a couple's landline or a daughter's mobile is often the phone of two people.
 */

/**
 * A name shown to someone who needs less than all of it: one line, the first word whole, the others as initials
 * ("Сомова Г. П.", "Мария И."). A shared phone's picker (enough for a family to tell itself apart, less for someone who
 * got a reissued number: probe s25 L10), whose record a relative reads, a partner's message of several people.
 */
export function initialled(name: string): string {
  const [first = '', ...rest] = singleLine(name).split(' ').filter(Boolean);
  return [first.slice(0, 30), ...rest.map((word) => `${[...word][0]}.`)].join(' ');
}

/** A name as two lines of one list would both mean it: any case, ё as е, any word order, no marks. */
export const nameKey = (name: string): string =>
  name.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean).sort().join(' ');

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/**
 * The unique `phoneKey` of a person without Telegram: the E.164 phone, a "|" and the name's nameKey, so that two
 * people on one phone are two records and the same person registered twice (or raced) is one. Records written
 * before people were told apart by name carry the bare phone; that key stays as it is (no migration, the same
 * unique index): lookups read people by phone and compare names (phoneOfKey, sameName), so an old record is
 * still found for its name, and a second name on its phone gets a key of the new form, which cannot collide.
 */
export const personKey = (phone: string, name: string): string => `${phone}|${nameKey(name)}`;

/**
 * WHO a person without Telegram is: the one place this rule lives (fix28d). With a phone: phone AND name (personKey).
 * Without a phone (seniors who come in every week, registered with "No phone"): name AND center, the center where
 * they come in (their entry's center, where the paper form is kept). At two centers two "Иванова Мария" are two people;
 * at one, /add asks whether she is the one there, and another gets a namesakeKey (probe29 M1). The key is stored as `phoneKey` (unique), "nophone:<centerId>|<nameKey>": it starts
 * with no "+", so it never meets a phone's key, and what phoneOfKey reads from it ("nophone:<centerId>") equals no phone.
 */
export const identityKey = (person: { phone?: string | undefined; name: string; centerId: string }): string =>
  person.phone ? personKey(person.phone, person.name) : `${NO_PHONE_PREFIX}${person.centerId}|${nameKey(person.name)}`;

const NO_PHONE_PREFIX = 'nophone:';

/**
 * Another person of the same name at the same center, told apart by staff (/add's «Нет, другой человек», probe29 M1):
 * the identityKey with "#2", "#3", … (a nameKey has no "#"). Staff never see it: /find and /forgetperson tell the two
 * apart by their courses and centers. The first of them keeps the plain identityKey.
 */
export const namesakeKey = (key: string, n: number): string => `${key}#${n}`;

/** A `phoneKey` filter for a no-phone identityKey and its namesakes (namesakeKey): "#" sorts just below "$". */
export const withNamesakes = (key: string) => ({ $or: [{ phoneKey: key }, { phoneKey: { $gt: `${key}#`, $lt: `${key}$` } }] });

/** Whether a `phoneKey` is of a person without a phone (identityKey). */
export const isNoPhoneKey = (key: string | null | undefined): boolean => !!key && key.startsWith(NO_PHONE_PREFIX);

/** The phone of a `phoneKey` of either form. */
export const phoneOfKey = (key: string): string => key.split('|')[0]!;

/** Seven digits or more in a row (spaces, dashes, brackets between them allowed), or a phone sign: a phone number. */
const PHONE_IN_NAME = /(?:\d[\s\-().]*){7,}|📞|☎/u;
/**
 * The bot's own marks and their like (✅ ▫️ ☐ ✓ ✔ ☑ ✗ ● ➡ …: arrows, shapes, dingbats, emoji): in a roster or an
 * attendance button a name carrying them looks marked (probe s28 L1).
 */
const MARKS = /[\p{Extended_Pictographic}\u2190-\u2BFF\u3030\u303D]|\uFE0F|\u20E3/u;
/** Markup and formulas: tags and Markdown signs anywhere, a link, a spreadsheet formula's first sign (= + - @). */
const MARKUP = /[<>`*_[\]{}|\\^~=]|:\/\/|^[+\-@]/u;

/**
 * The marks the bot itself puts beside names (lists, choices) and their look-alikes; and the long dashes: a toggle
 * says its state after one («Иванова Анна — на занятии», fix31e), so «Анна — на занятии» as a name would read as marked.
 */
const BOT_MARKS = /[✅▫▪◻◼☐☑✓✔✗✘✖❌●○•—–]/u;

/**
 * A Telegram name as a name: decorations (🌸, ⭐, flags) dropped, since many people's Telegram names carry them and
 * they are no part of the name (task28). One with the bot's own marks is left as it is, so the rule refuses it and the
 * name is asked: "Анна ✅ Записать всех" would read as a tick (probe s28 L1).
 */
export function withoutDecorations(name: string): string {
  if (BOT_MARKS.test(name)) return name;
  return singleLine(name.replace(new RegExp(MARKS.source, 'gu'), ' ')).replace(/\s+/g, ' ').trim();
}

export const NAME_MIN_LETTERS = 2;
/** The longest name kept (/add, the join flow, /import). */
export const NAME_MAX_LETTERS = 100;

/**
 * The one name rule, wherever a person's name comes in (the join flow, a Telegram name, /add, /import): one line
 * (`singleLine`), 2 to 100 characters with a letter, no phone number (staff screens would show it as the phone:
 * probe s20 F3), none of the bot's marks and no markup (probe s28 L1). Undefined when the name is fine.
 */
export type NameProblem = 'phone' | 'letters' | 'long' | 'marks';
export function nameProblem(name: string): NameProblem | undefined {
  const cleaned = singleLine(name);
  if (PHONE_IN_NAME.test(cleaned)) return 'phone';
  if (cleaned.length > NAME_MAX_LETTERS) return 'long';
  if (cleaned.length < NAME_MIN_LETTERS || !/\p{L}/u.test(cleaned)) return 'letters';
  return MARKS.test(cleaned) || MARKUP.test(cleaned) || BOT_MARKS.test(cleaned) ? 'marks' : undefined;
}

/**
 * A name written all in lower case («сидорова анна») or all in capitals («СИДОРОВА АННА», as paper lists often have
 * it) with a capital at the start of each word and of each part of a double name («Сидорова Анна», «Мамина-Сибиряк»):
 * names are read out on calls and lists (walk30 W30-15; fix31e). The words that tell whose son or daughter («Мамедов
 * Али оглы», «Алиева Лейла кызы») stay in lower case. A name with capitals and small letters is kept as written
 * («Анна ван дер Берг», «McDonald»).
 */
export function withCapitals(name: string): string {
  const hasCapital = /\p{Lu}/u.test(name);
  if (hasCapital && /\p{Ll}/u.test(name)) return name;
  const lower = hasCapital ? name.toLocaleLowerCase('ru') : name;
  return lower.replace(/(^|[\s\-'’])(\p{Ll}+)/gu, (_, before: string, word: string) =>
    before + (LOWER_CASE_WORDS.has(word) ? word : word[0]!.toLocaleUpperCase('ru') + word.slice(1)),
  );
}

/** «son of» and «daughter of» in Azerbaijani, Turkic and Kyrgyz names, written in small letters after the father's name. */
const LOWER_CASE_WORDS = new Set(['оглы', 'огли', 'улы', 'уулу', 'кызы', 'гызы', 'кизи']);
