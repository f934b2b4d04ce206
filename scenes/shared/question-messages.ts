import type { InlineKeyboard } from 'grammy';
import type { SceneContext } from './context.js';

/* How a question's message (questions.ts) reaches the chat: edited in place, or sent anew. */

/** Edits a question message; false when Telegram refuses (too old, deleted), so the caller sends anew. */
export function editQuestion(ctx: SceneContext, target: { chatId: number; messageId: number }, text: string, keyboard?: InlineKeyboard) {
  return ctx.api.editMessageText(target.chatId, target.messageId, text, { reply_markup: keyboard }).then(
    () => true,
    (error: unknown) => String(error).includes('message is not modified'),
  );
}

/**
 * A message takes one markup: the reply keyboard left up (phone, location) is
 * taken away by the question's message itself, and its buttons are put on it
 * right after (two calls, only after a typed answer: a press hides a one-time
 * keyboard by itself). Without this the old keyboard stays under the question,
 * and its buttons answer nothing there (walk s15, item 23).
 */
export async function sendRemovingKeyboard(ctx: SceneContext, text: string, keyboard: InlineKeyboard): Promise<number> {
  const sent = await ctx.reply(text, { reply_markup: { remove_keyboard: true } });
  await ctx.api.editMessageReplyMarkup(sent.chat.id, sent.message_id, { reply_markup: keyboard });
  return sent.message_id;
}

/** A question answered keeps no live buttons; with `record` it reads as what it recorded (the join card). Refusals are let be. */
export async function closeQuestion(ctx: SceneContext, target: { chatId: number; messageId: number }, record?: string): Promise<void> {
  const closing = record ? ctx.api.editMessageText(target.chatId, target.messageId, record) : ctx.api.editMessageReplyMarkup(target.chatId, target.messageId);
  await closing.catch(() => undefined);
}
