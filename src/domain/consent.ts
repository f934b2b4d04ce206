import type { Locale } from '../notify/notifier.js';

/** The consent text lives in locales (consent-text); bump the version whenever it changes. */
export const CONSENT_VERSION = '2026-11-30';

/** The version as people say a date: "1 ноября 2026 г.", "1 November 2026". */
export function consentDate(locale: Locale): string {
  const [year, month, day] = CONSENT_VERSION.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
