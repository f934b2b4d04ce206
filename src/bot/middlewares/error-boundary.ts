import type { BotError } from 'grammy';
import type { BotContext } from '../context.js';

/**
 * The one error boundary: logs the failure with its update_id (never names or
 * phone numbers) and tells the citizen, briefly, what to do next.
 */
export async function handleUpdateError(error: BotError<BotContext>): Promise<void> {
  const ctx = error.ctx;
  const cause = error.error;
  (ctx.log ?? console).error(
    { err: { message: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : undefined } },
    'update failed',
  );
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat?.type === 'private') await ctx.reply(ctx.t ? ctx.t('error-generic') : 'Произошла ошибка. Нажмите /start.');
  } catch {
    // The apology itself failed (blocked bot, network): nothing more to do.
  }
}
