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
 * The phone number of a shared contact. Telegram sends it in international
 * form, sometimes without the "+" ("79131234567"); it is read that way first.
 */
export function normalizeContactPhone(phoneNumber: string): string | undefined {
  const digits = phoneNumber.replace(/\D/g, '');
  return (digits && normalizePhone(`+${digits}`)) || normalizePhone(phoneNumber);
}
