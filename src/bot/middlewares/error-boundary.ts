import { GrammyError, type BotError } from 'grammy';
import type { Locale } from '../../notify/notifier.js';
import type { BotContext } from '../context.js';
import { localeFromTelegram, type Translator } from '../i18n.js';
import { messagesDrawnNow } from '../drawn-messages.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import { CENTERS_NEAR_ME } from '../../../scenes/waitlist/centers-near-me.js';
import { CHANGE_DETAILS } from '../../../scenes/waitlist/change-details.js';
import { JOIN_WAITLIST } from '../../../scenes/waitlist/join-waitlist.js';
import { MOVE_CENTER } from '../../../scenes/waitlist/move-center.js';

/** The main-menu button that starts a citizen's flow again (the others are started again as they were). */
const MENU_BUTTON_OF: Record<string, string> = { [JOIN_WAITLIST]: 'menu-join', [CENTERS_NEAR_ME]: 'menu-centers', [MOVE_CENTER]: 'menu-place', [CHANGE_DETAILS]: 'menu-place' };

/**
 * The one error boundary: logs the failure with its update_id (never names or
 * phone numbers) and tells the citizen, briefly, what to do next.
 */
export const handleUpdateError = (i18n: Translator, defaultLocale: Locale) => async (error: BotError<BotContext>): Promise<void> => {
  const ctx = error.ctx;
  // Without the session (the database is down) the translator is not installed yet: use the client's language.
  const locale = ctx.locale ?? localeFromTelegram(ctx.from?.language_code, defaultLocale);
  const t = (key: string, vars?: Record<string, string | number>) => (ctx.t ? ctx.t(key, vars) : i18n.t(locale, key, vars));
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
    if (ctx.chat?.type !== 'private') return;
    // A step drawn before the failure (the database went down before the flow's state was saved, probe30 L1): its
    // buttons would answer «уже не действует». They are taken off, and the apology says how to start again.
    const drawn = messagesDrawnNow().filter((m) => m.chatId === ctx.chat!.id);
    if (drawn.length === 0) return void (await ctx.reply(t('error-generic')));
    for (const m of drawn) await ctx.api.editMessageReplyMarkup(m.chatId, m.messageId).catch(() => undefined);
    const button = MENU_BUTTON_OF[activeFlow(ctx) ?? ''];
    await ctx.reply(button ? t('error-step-lost-button', { button: t(button) }) : t('error-step-lost'), { reply_markup: mainMenu({ locale, t }) });
  } catch {
    // The apology itself failed (blocked bot, network): nothing more to do.
  }
};

/** The flow running in this update, where its state is still at hand (the plugin's own in-memory copy). */
function activeFlow(ctx: BotContext): string | undefined {
  try {
    return Object.keys(ctx.conversation?.active() ?? {})[0];
  } catch {
    return undefined; // the conversations plugin did not get this far
  }
}
