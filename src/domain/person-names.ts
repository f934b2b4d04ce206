/**
 * Telling people apart by name (walk s21 W21-03, fixH): people without Telegram are identified by phone AND name,
 * since a couple's landline or a daughter's mobile is often the phone of two people.
 */

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
 * they come in (their entry's center, where the paper form is kept). Two "Иванова Мария" at one center are then one
 * person; at two centers, two. The key is stored as `phoneKey` (unique), "nophone:<centerId>|<nameKey>": it starts
 * with no "+", so it never meets a phone's key, and phoneOfKey gives no phone from it.
 */
export const identityKey = (person: { phone?: string | undefined; name: string; centerId: string }): string =>
  person.phone ? personKey(person.phone, person.name) : `${NO_PHONE_PREFIX}${person.centerId}|${nameKey(person.name)}`;

const NO_PHONE_PREFIX = 'nophone:';

/** Whether a `phoneKey` is of a person without a phone (identityKey). */
export const isNoPhoneKey = (key: string | null | undefined): boolean => !!key && key.startsWith(NO_PHONE_PREFIX);

/** The phone of a `phoneKey` of either form. */
export const phoneOfKey = (key: string): string => key.split('|')[0]!;
