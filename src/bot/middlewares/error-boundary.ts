import { GrammyError, type BotError } from 'grammy';
import type { Locale } from '../../notify/notifier.js';
import type { BotContext } from '../context.js';
import { localeFromTelegram, type Translator } from '../i18n.js';

/**
 * The one error boundary: logs the failure with its update_id (never names or
 * phone numbers) and tells the citizen, briefly, what to do next.
 */
export const handleUpdateError = (i18n: Translator, defaultLocale: Locale) => async (error: BotError<BotContext>): Promise<void> => {
  const ctx = error.ctx;
  // Without the session (the database is down) the translator is not installed yet: use the client's language.
  const t = (key: string) => (ctx.t ? ctx.t(key) : i18n.t(localeFromTelegram(ctx.from?.language_code, defaultLocale), key));
  const cause = error.error;
  const log = ctx.log ?? console;
  // Telegram refuses to write to this person (they blocked the bot, or never started it, or there is no such chat:
  // a forged update): not the bot's fault, and an apology would be refused too.
  if (cause instanceof GrammyError && (cause.error_code === 403 || /chat not found/i.test(cause.description))) {
    log.warn({ err: { message: cause.message } }, 'update not answered: Telegram refuses to write to this chat');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    return;
  }
  log.error(
    { err: { message: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : undefined } },
    'update failed',
  );
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat?.type === 'private') await ctx.reply(t('error-generic'));
  } catch {
    // The apology itself failed (blocked bot, network): nothing more to do.
  }
};
