import type { Locale } from '../notify/notifier.js';

/**
 * The settings every path that offers, takes or frees a seat needs, all of them: a seat freed may go to someone who
 * asked for that group's time (movesWishedFirst), whose move tells the groups' librarians, or the coordinators when a
 * librarian has left, in their language or the default one. Built once at the root (main.ts, the tests' bot) from the
 * config, and passed down whole: a path given only the offer's lifetime told a departed librarian, in Russian (fix38b).
 */
export interface OfferSettings {
  /** How long an offer stays open (config OFFER_TTL_HOURS). */
  ttlHours: number;
  /** Who is told about a group without a librarian (config ADMIN_IDS). */
  coordinatorIds: readonly number[];
  /** The language of staff who chose none (config DEFAULT_LOCALE). */
  defaultLocale: Locale;
}

/** One call's options: the settings, and what this call itself knows. */
export interface OfferOptions extends OfferSettings {
  /** The person answered in Telegram herself: a librarians' call card of the offer says so (fix34e). */
  inTelegram?: boolean;
  /** Her data is being forgotten (/forget): nobody is told of her (fix35f: a partner is told of a decline otherwise). */
  forgetting?: boolean;
  /** A representative registering this entry at the desk (/add): its seat is told by /add's own answer, not a notice (walk40 L2). */
  toldAtDesk?: { entryId: string; by: number };
}

/** The settings from the config (its names; domain code does not read the config itself). */
export function offerOptions(config: { OFFER_TTL_HOURS: number; ADMIN_IDS: readonly number[]; DEFAULT_LOCALE: Locale }): OfferSettings {
  return { ttlHours: config.OFFER_TTL_HOURS, coordinatorIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE };
}
