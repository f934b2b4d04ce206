import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
// The full metadata (real number ranges, not only lengths), as an ES module rather than a JSON import.
import metadata from 'libphonenumber-js/max/metadata';
import { kuzbassAreaCode } from './kuzbass-area-codes.js';
import { singleLine } from './text.js';

/** Digits with the usual separators; anything else (letters, a sentence) is not a phone number. */
const PHONE_CHARACTERS = /^\+?[\d\s().-]{5,25}$/;

/**
 * A phone number typed by a person, checked against the numbering plans
 * (libphonenumber, full metadata) and returned in E.164 ("+79131234567"), or
 * undefined when it is not a real number (000000000000000, a card number).
 * Without a country code it is read as Russian: "8 913 123-45-67" and
 * "913 123 45 67" both give +79131234567.
 */
export function normalizePhone(input: string): string | undefined {
  const text = input.trim();
  if (!PHONE_CHARACTERS.test(text)) return undefined;
  const phone = parsePhoneNumberFromString(text, 'RU', metadata);
  return phone?.isValid() ? phone.number : undefined;
}

/** A typed phone: the number (E.164), or why none was taken. */
export type TypedPhone = { phone: string } | { problem: 'unreadable' | 'not-a-number' | 'digit-missing' | 'foreign' };

/** A run of digits with the separators people type between them ("8 (960) 900-12-34"). */
const DIGIT_RUNS = /\+?\d(?:[\d\s().-]*\d)?/g;

/**
 * A phone number typed by a person, alone or among words ("мой телефон 8 960
 * 900 12 34", "мне 72 года, телефон …", "…, звоните после 18:00"): taken when
 * the text holds exactly one run of digits long enough for a number with its
 * code, and it is a real number (normalizePhone); shorter runs (an age, a time,
 * an extension) are left aside. 'unreadable': no such run, two of them (two
 * numbers, one typed twice), or a local number without its code ("12-34-56");
 * 'not-a-number': one full-length run no numbering plan has; 'digit-missing': one run a digit short of a Russian
 * number ("8 913 123 45 6", "913 123 45 6"), so the person is told what is wrong (walk s20 #5); 'foreign': one
 * full-length run with another country's code (+44 …) that its plan does not have, or libphonenumber does not know yet:
 * not called "not a real number" (walk s22 W22-01). "+8" before a Russian number's ten digits is read as its 8.
 */
export function readTypedPhone(input: string): TypedPhone {
  const whole = normalizePhone(input);
  if (whole) return { phone: whole };
  const digits = (run: string) => run.replace(/\D/g, '').length;
  const runs = input.match(DIGIT_RUNS) ?? [];
  const short = runs.filter((run) => /^(\+?7|8)\d{9}$|^9\d{8}$/.test(run.replace(/[^\d+]/g, '')));
  if (short.length === 1 && runs.filter((run) => digits(run) >= 9).length === 1) return { problem: 'digit-missing' };
  const long = runs.filter((run) => digits(run) >= 10);
  // Over 15 digits (E.164's most) is two numbers typed with only spaces between them.
  if (long.length !== 1 || digits(long[0]!) > 15) return { problem: 'unreadable' };
  const phone = normalizePhone(long[0]!);
  if (phone) return { phone };
  // "+8 913 …": the "+" of +7 and the 8 of the same number typed together, not a foreign code (probe s25 L4).
  const plusEight = long[0]!.replace(/[^\d+]/g, '').match(/^\+(8\d{10})$/);
  const russian = plusEight && normalizePhone(plusEight[1]!);
  if (russian) return { phone: russian };
  return { problem: /^(\+|00|810)[1-689]/.test(long[0]!.replace(/[^\d+]/g, '')) ? 'foreign' : 'not-a-number' };
}

/** Words that only say "this is a phone": not a note about it. */
const PHONE_WORDS = /^(мой|моя|его|ее|её|тел|телефон|номер|моб|мобильный|сот|сотовый|phone|tel|mobile|number|my)$/iu;

/**
 * A phone typed with a note about it (walk34 W34-03): «+7 923 123-45-67 (дочь)», «89231234567 дочь»: the number
 * (readTypedPhone) and what is left of the words, without brackets and the words that only say it is a phone
 * («тел.», «мой номер»); undefined when no number was taken. The note is never part of the phone.
 */
export function readPhoneWithNote(input: string): { phone: string; note?: string } | undefined {
  const read = readTypedPhone(input);
  if (!('phone' in read)) return undefined;
  const rest = input.replace(DIGIT_RUNS, (run) => (run.replace(/\D/g, '').length >= 9 ? ' ' : run));
  const note = rest
    .replace(/[()[\]{}<>"«»]+/gu, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/^[:;,.!?\u2013\u2014-]+|[:;,.!?\u2013\u2014-]+$/gu, ''))
    .filter((w) => w && !PHONE_WORDS.test(w))
    .join(' ')
    .slice(0, 100);
  return /\p{L}/u.test(note) ? { phone: read.phone, note } : { phone: read.phone };
}

/**
 * The phone number of a shared contact (Telegram's own "send my phone" button).
 * Telegram sends it in international form, sometimes without the "+"
 * ("79131234567"), and has confirmed it by SMS: it is the person's real phone,
 * so it is not checked against the number ranges (they lag behind the
 * operators, and a typo is impossible here), only that it has the length of a
 * number of its country. A foreign number is kept too, in E.164: librarians
 * call people from Kazakhstan, Uzbekistan or abroad on it, and someone whose
 * only phone is foreign would otherwise have to skip it and could not be called.
 */
export function normalizeContactPhone(phoneNumber: string): string | undefined {
  const digits = phoneNumber.replace(/\D/g, '');
  if (!digits) return undefined;
  const phone = parsePhoneNumberFromString(`+${digits}`, metadata);
  return phone?.isPossible() ? phone.number : normalizePhone(phoneNumber);
}

/**
 * A phone number the join may store: a real one as typed (normalizePhone), or
 * one already in E.164 with its country's length, as normalizeContactPhone
 * gives a shared contact's. The domain checks again with this, so no way in
 * stores a non-number, and a contact's number Telegram confirmed is not refused.
 */
export function storablePhone(input: string): string | undefined {
  const text = input.trim();
  return normalizePhone(text) ?? (/^\+\d{8,15}$/.test(text) ? normalizeContactPhone(text) : undefined);
}

/**
 * A phone in the one form the bot shows every phone in: a mobile (and any Russian number outside Kuzbass) as its code in
 * three digits and the number in a group of three and two pairs, "+7 900 123-45-67"; a Kuzbass landline with its area
 * code whole, as it is dialled and printed, "+7 3842 36-42-90" (a city), "+7 38454 4-11-22" (a town): walk40 L5. This
 * undoes walk s22 W22-24's three digits for every code (so that a screen reader read a landline as a mobile): people
 * dialling 8-38454 could not find that code in «+7 384 544-11-22». A foreign number in libphonenumber's
 * international form. Undefined when it is not a real number.
 */
export function formatPhone(input: string): string | undefined {
  const e164 = normalizePhone(input) ?? (/^\+\d{8,15}$/.test(input.trim()) ? input.trim() : undefined);
  const phone = e164 ? parsePhoneNumberFromString(e164, 'RU', metadata) : undefined;
  if (!phone) return undefined;
  if (phone.countryCallingCode !== '7' || phone.country === 'KZ' || phone.nationalNumber.length !== 10) return phone.formatInternational();
  const national = phone.nationalNumber;
  const code = kuzbassAreaCode(national);
  if (code) return `+7 ${code} ${inPairs(national.slice(code.length))}`;
  return `+7 ${national.slice(0, 3)} ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`;
}

/** A local number in pairs from its end, as Russian numbers are said: «36-42-90», «4-11-22». */
const inPairs = (digits: string): string => (digits.length <= 2 ? digits : `${inPairs(digits.slice(0, -2))}-${digits.slice(-2)}`);

/**
 * A person's stored phone (E.164) as staff read it aloud and dial it from a desk phone: "+7 923 123-45-67";
 * '—' when there is none. Machine-read places (CSV exports) keep E.164.
 */
export const phoneToRead = (stored: string | null | undefined): string => (stored ? (formatPhone(stored) ?? stored) : '—');

/** Longer notes are cut here: a call card stays short, the whole note is on the person's card (/find). */
const NOTE_ON_CARD = 40;

/**
 * The phone to dial with the note typed beside it at the desk («+7 905 111-22-33 (дочь)»): a librarian phoning about a
 * seat knows whom she will reach (walk35w: the call card dropped «(дочь)» that /add had shown and kept).
 */
export function phoneWithNote(stored: string | null | undefined, notes: string | null | undefined): string {
  // Typed text on one line, without control or bidi characters: it never forges a line of a list it stands in (walk35 L7).
  const note = notes ? singleLine(notes) : undefined;
  if (!stored || !note) return phoneToRead(stored);
  return `${phoneToRead(stored)} (${note.length > NOTE_ON_CARD ? `${note.slice(0, NOTE_ON_CARD - 1).trimEnd()}…` : note})`;
}

/**
 * A stored phone for a spreadsheet cell (CSV exports): a Russian number as it is dialled in Russia, "8 923 123-45-67".
 * A cell starting with "+" must carry an apostrophe against formula injection (csv.ts), which Excel then shows; a
 * foreign number keeps its "+" (and the apostrophe): it cannot be written otherwise.
 */
export function phoneForSpreadsheet(stored: string | null | undefined): string | undefined {
  if (!stored) return undefined;
  const read = formatPhone(stored);
  return read && /^\+7 [3489]/.test(read) ? `8 ${read.slice(3)}` : stored;
}

/** "…45-67": the end of a phone, to tell namesakes apart on a button; '' without one. */
export function phoneTail(phone: string | undefined | null): string {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits ? `…${digits.slice(-4, -2)}-${digits.slice(-2)}` : '';
}
