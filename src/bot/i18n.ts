import path from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Context, MiddlewareFn } from 'grammy';
import type { Locale } from '../notify/notifier.js';
import type { TranslateFlavor } from './context.js';
import { packageRoot } from '../paths.js';

export const LOCALES: readonly Locale[] = ['ru', 'en'];
export const localesDir = path.join(packageRoot, 'locales');

/**
 * Loads locales/*.ftl. Isolation marks are off: they would show up in buttons and tests. Every translation (ctx.t, the
 * outbox's sender, tIn) goes through `translate`, so a message given `whose` (a relative reads it: whose-record.ts)
 * begins with «Запись на имя …» whatever its template, in the bot's replies and the messages it sends alike.
 */
export function createI18n(defaultLocale: Locale) {
  const i18n = new I18n({
    defaultLocale,
    directory: localesDir,
    fluentBundleOptions: { useIsolating: false },
  });
  const plain = i18n.translate.bind(i18n);
  i18n.translate = i18n.t = (locale, key, vars) => withWhose(plain(locale, key, vars), (line) => plain(locale, 'whose-record', { name: line }), (vars as Record<string, unknown> | undefined)?.whose);
  return i18n;
}

/** The text under «Запись на имя …» when `whose` names the person whose lessons it is about (walk36 L2). */
function withWhose(text: string, lineOf: (name: string) => string, whose: unknown): string {
  return typeof whose === 'string' && whose !== '' ? `${lineOf(whose)}\n${text}` : text;
}

export type Translator = ReturnType<typeof createI18n>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Telegram's language_code ("ru", "en-US", "uk") as one of ours, or undefined ("uk", none). */
export function ourLocale(code: string | undefined): Locale | undefined {
  const base = code?.split('-')[0]?.toLowerCase();
  return isLocale(base) ? base : undefined;
}

/** Telegram's language_code ("ru", "en-US", "uk") to one of ours, else `fallback`. */
export function localeFromTelegram(code: string | undefined, fallback: Locale): Locale {
  return ourLocale(code) ?? fallback;
}

/** Installs ctx.t and ctx.locale for the locale `pick` returns. */
export function translateMiddleware<C extends Context & TranslateFlavor>(
  i18n: Translator,
  pick: (ctx: C) => Locale,
): MiddlewareFn<C> {
  return (ctx, next) => {
    const locale = pick(ctx);
    ctx.locale = locale;
    ctx.t = (key, vars) => i18n.t(locale, key, vars);
    return next();
  };
}
