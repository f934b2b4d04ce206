import { nameProblem, withCapitals } from '../person-names.js';
import { normalizePhone, readTypedPhone } from '../phone.js';
import { singleLine } from '../text.js';
import type { TimeOfDay } from '../../db/models/waitlist-entry.js';
import type { LocalDate } from '../time.js';
import { readPastDate } from '../typed-date.js';

/**
 * One cell of a paper list to one value. Each returns undefined when the cell
 * cannot be read, and the row is then rejected with the reason.
 */

/**
 * `05.03.2013`, `5.3.13`, `05/03/2013` (day first, as in Russia) or `2013-03-05`; with `today` (the day of the import)
 * also in words, «1 декабря», «1 дек. 2025», «1 декабря 2025 г.» (walk34 W34-02), without a year the latest such day
 * not after today (readPastDate).
 */
export function parseJoinDate(text: string, today?: LocalDate): LocalDate | undefined {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  const ru = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:\s.*)?$/.exec(t);
  const serial = /^(\d{5})(?:[.,]\d+)?$/.exec(t);
  if (serial) return excelDay(Number(serial[1]));
  const words = !iso && !ru && today ? readPastDate(t, today) : undefined;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (ru) {
    [day, month, year] = [Number(ru[1]), Number(ru[2]), Number(ru[3])];
    // Two-digit years: a waiting list is younger than the century.
    if (ru[3]!.length === 2) year += 2000;
  } else if (words) ({ year, month, day } = words);
  else return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  // A real date however old: too old a place in line is refused as such (classify.ts OLDEST_JOIN_YEARS, probe s22 L4).
  if (year < 1900) return undefined;
  return { year, month, day };
}

/**
 * A date column formatted «Общий» (General) in Excel shows the day's bare number, days since 30.12.1899 (46300 is
 * 05.10.2026; walk38 L5); a time of day after the point is dropped. Five digits only: the years 1927–2173, where a place
 * in line can be; too old a one is refused by classify.ts as any date is.
 */
function excelDay(serial: number): LocalDate {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A date parseJoinDate read has its year unless it is words with one number, the day («1 декабря»): the numeric forms
 * have three numbers, words with a year two. Then the year was taken (the latest such day gone by), and the import's
 * preview says which (walk34 W34-02).
 */
export const yearGuessed = (dateText: string): boolean => {
  const numbers = dateText.match(/\d+/g) ?? [];
  // One number of up to two digits is the day of «1 декабря»; five are Excel's day number (excelDay), with its year.
  return numbers.length === 1 && numbers[0].length <= 2;
};

/**
 * `8 (3842) 58-12-34`, `+7 923 123-45-67`, `89231234567` to E.164 (`+79231234567`).
 * Russian numbers are read as such without a country code; a number that
 * cannot exist (too short, wrong area code) is undefined.
 */
export function parsePhone(text: string): string | undefined {
  return normalizePhone(text) ?? firstMobile(text);
}

/**
 * A cell with more than one number, or a number with words («8-923-600-11-08, 2-33-44 (дом)», «8 923 600-11-08 моб.»):
 * the first mobile number in it (walk30 W30-02), read as a typed phone is (readTypedPhone); the preview says which
 * number was taken. Undefined when the cell has no mobile number.
 */
export function firstMobile(text: string): string | undefined {
  for (const part of text.split(/[,;/\n]|\s(?:и|или|or|and)\s/u)) {
    const read = readTypedPhone(part);
    if ('phone' in read && read.phone.startsWith('+79')) return read.phone;
  }
  return undefined;
}

/** Whether the phone was taken out of a cell with more than that number in it (firstMobile): the preview names it. */
export const takenFromCell = (text: string, phone: string | undefined): boolean => phone !== undefined && normalizePhone(text) === undefined;

/**
 * A phone cell left empty, a dash drawn in it, or words a paper list says it with («нет», «нет телефона»,
 * «отсутствует»; walk38 L5): a person without a phone (fix28d). Any other words stay a phone not understood.
 */
export const saysNoPhone = (text: string): boolean => NO_PHONE.test(text.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' '));

const NO_PHONE = /^(?:[-–—]*|нет|нету|нет телефона|нет номера|без телефона|отсутствует|не указан|телефона нет|none|no|no phone|n\/a)$/u;

const TIME_WORDS: Array<[RegExp, TimeOfDay]> = [
  [/^(утр|morn|до обеда)/i, 'morning'],
  [/^(ден|дн[её]м|днев|после обеда|обед|afternoon|day)/i, 'afternoon'],
  [/^(веч|even)/i, 'evening'],
  [/^(люб|any|всё равно|все равно|не важно|неважно|-)/i, 'any'],
];

/** Preferred time of day; an empty or unknown cell is "any" (it never rejects a row). */
export function parseTimeOfDay(text: string): TimeOfDay {
  const t = text.trim().toLowerCase();
  if (t === '') return 'any';
  for (const [pattern, value] of TIME_WORDS) if (pattern.test(t)) return value;
  return 'any';
}

/**
 * Names as people wrote them, cleaned as every typed name is (`singleLine`:
 * no line breaks, bidirectional or zero-width characters, which could
 * reorder or hide what a librarian reads), under the one name rule (nameProblem):
 * a name written all in lower case gets its capitals (withCapitals); a name over the limit is told apart from a missing one, and a phone number, the
 * bot's marks or markup in it are named, so the person fixing the list knows what to fix.
 */
export function parseName(text: string): { name: string } | { problem: 'no-name' | 'long-name' | 'name-phone' | 'name-marks' } {
  // Written in lower case, read with capitals (walk30 W30-15).
  const name = withCapitals(singleLine(text));
  const problem = nameProblem(name);
  if (!problem) return { name };
  return { problem: ({ letters: 'no-name', long: 'long-name', phone: 'name-phone', marks: 'name-marks' } as const)[problem] };
}
