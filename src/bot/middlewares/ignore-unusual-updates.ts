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
    const { from, sender_chat, chat, text } = update.message;
    return chat?.type === 'private' && isPerson(from) && !sender_chat && (text === undefined || typeof text === 'string');
  }
  if (update.callback_query) {
    const { from, data } = update.callback_query;
    return isPerson(from) && (data === undefined || typeof data === 'string');
  }
  if (update.my_chat_member) return isPerson(update.my_chat_member.from) && typeof update.my_chat_member.new_chat_member?.status === 'string';
  return false;
}

/** A person's account as Telegram describes it (a forged body may give anything: `"text": 42`, no member status). */
const isPerson = (user: { id?: unknown; is_bot?: boolean } | undefined) => typeof user?.id === 'number' && !user.is_bot;
