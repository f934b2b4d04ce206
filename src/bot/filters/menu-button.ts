import { sameAsLabel } from '../../domain/text.js';
import { menuKeyOfWords } from './menu-words.js';
import type { Translator } from '../i18n.js';
import { LOCALES } from '../i18n.js';

/** Every label a locale key has in any language: a menu button works whatever the language. */
export function labelsOf(i18n: Translator, key: string): string[] {
  return LOCALES.map((locale) => i18n.t(locale, key));
}

/** A menu button as `hears` takes it: its label in any language, also typed by hand (sameAsLabel). */
export function menuButton(i18n: Translator, key: string): RegExp[] {
  return labelsOf(i18n, key).map(sameAsLabel);
}

/**
 * A menu button's filter for updates no flow took: its label, or the person's own words for it
 * (menu-words.ts). Not for leaving a flow: there only the labels count.
 */
export function menuButtonOrWords(i18n: Translator, key: string): (ctx: { message?: { text?: string } }) => boolean {
  const labels = menuButton(i18n, key);
  return (ctx) => {
    const text = ctx.message?.text;
    return text !== undefined && (labels.some((label) => label.test(text)) || menuKeyOfWords(text) === key);
  };
}
