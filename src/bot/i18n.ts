import path from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Context, MiddlewareFn } from 'grammy';
import type { Locale } from '../notify/notifier.js';
import type { TranslateFlavor } from './context.js';
import { packageRoot } from '../paths.js';

export const LOCALES: readonly Locale[] = ['ru', 'en'];
export const localesDir = path.join(packageRoot, 'locales');

/** Loads locales/*.ftl. Isolation marks are off: they would show up in buttons and tests. */
export function createI18n(defaultLocale: Locale) {
  return new I18n({
    defaultLocale,
    directory: localesDir,
    fluentBundleOptions: { useIsolating: false },
  });
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
