import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
// The full metadata (real number ranges, not only lengths), as an ES module rather than a JSON import.
import metadata from 'libphonenumber-js/max/metadata';

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
