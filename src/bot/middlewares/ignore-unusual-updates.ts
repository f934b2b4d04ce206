import type { Context, MiddlewareFn } from 'grammy';
import type { Update } from 'grammy/types';

/**
 * Lets through only what the bot is made for: a message or a button press
 * from a person, and changes of the bot's own membership. Anything else (a
 * message without `from`, one sent by a bot or on behalf of a channel, edited
 * messages, channel posts, reactions, inline queries…) is dropped without a
 * word: answering it would only apologise for something nobody asked.
 * Telegram sends only the kinds in allowed_updates, but a webhook can be
 * posted anything, and a running conversation would take any update.
 */
export function ignoreUnusualUpdates(): MiddlewareFn<Context> {
  return (ctx, next) => (isUsual(ctx.update) ? next() : undefined);
}

function isUsual(update: Update): boolean {
  if (update.message) {
    const { from, sender_chat, chat } = update.message;
    return chat?.type === 'private' && !!from && !from.is_bot && !sender_chat;
  }
  if (update.callback_query) return !!update.callback_query.from && !update.callback_query.from.is_bot;
  if (update.my_chat_member) return !!update.my_chat_member.from;
  return false;
}
