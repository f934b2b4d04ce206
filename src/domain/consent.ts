/** The consent text lives in locales (consent-text); bump the version whenever it changes. */
export const CONSENT_VERSION = '2026-11-01';
