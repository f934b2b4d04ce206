import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { labelsOf } from '../filters/menu-button.js';
import type { Translator } from '../i18n.js';
import { MAIN_MENU_KEYS } from '../../../scenes/shared/keyboards.js';

/** Commands that say themselves what became of the flow: /cancel answers "cancelled", /start greets anew. */
const SELF_EXPLAINING = new Set(['/cancel', '/start']);

/**
 * Any command or main-menu button leaves a running conversation, then goes on
 * to its handler (which sits after the conversations, where they are registered).
 * The person is told first that the unfinished flow stopped and kept nothing:
 * someone who taps "My place in line" in the middle of joining to check
 * something would otherwise find their answers gone without a word.
 */
export function leaveConversationOnCommand(i18n: Translator): MiddlewareFn<BotContext> {
  const menuLabels = new Set(MAIN_MENU_KEYS.flatMap((key) => labelsOf(i18n, key)));
  return async (ctx, next) => {
    const text = ctx.message?.text;
    const isCommand = ctx.message?.entities?.[0]?.type === 'bot_command' && ctx.message.entities[0].offset === 0;
    if (text !== undefined && (isCommand || menuLabels.has(text)) && Object.keys(ctx.conversation.active()).length > 0) {
      await ctx.conversation.exitAll();
      const command = isCommand ? text.split(/[\s@]/)[0]! : undefined;
      if (!command || !SELF_EXPLAINING.has(command)) await ctx.reply(ctx.t('flow-left'));
    }
    return next();
  };
}
