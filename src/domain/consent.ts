import type { Locale } from '../notify/notifier.js';

/** The consent text lives in locales (consent-text); bump the version whenever it changes. */
export const CONSENT_VERSION = '2026-11-30';

/** The version as people say a date: "1 ноября 2026 года" (not Intl's "2026 г.": walk s22 W22-24), "1 November 2026". */
export function consentDate(locale: Locale): string {
  const [year, month, day] = CONSENT_VERSION.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (locale === 'ru') return `${new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date)} ${year} года`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
