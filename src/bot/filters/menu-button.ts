import type { Translator } from '../i18n.js';
import { LOCALES } from '../i18n.js';

/** Every label a locale key has in any language: a menu button works whatever the language. */
export function labelsOf(i18n: Translator, key: string): string[] {
  return LOCALES.map((locale) => i18n.t(locale, key));
}
