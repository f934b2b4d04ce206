import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareFn, Transformer } from 'grammy';

/** A message the bot sent or edited with buttons while it handled the current update. */
export interface Drawn {
  chatId: number;
  messageId: number;
}

const drawing = new AsyncLocalStorage<Drawn[]>();

/**
 * Remembers, for the update being handled, every message drawn with inline buttons (a flow's next step sent or edited
 * in). When the update then fails, the error boundary closes them (error-boundary.ts): a step drawn just before the
 * database went down was never saved, and its buttons would only answer «Эта кнопка уже не действует» (probe30 L1).
 * Per update through AsyncLocalStorage: conversations call Telegram through an Api of their own, in the same update.
 *
 * @example
 * bot.use(drawnMessagesOfUpdate);
 * bot.api.config.use(noteDrawnMessages);
 */
export const drawnMessagesOfUpdate: MiddlewareFn = (_ctx, next) => drawing.run([], next);

const DRAWING_METHODS = new Set(['sendMessage', 'editMessageText', 'editMessageReplyMarkup']);

export const noteDrawnMessages: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  const drawn = drawing.getStore();
  if (!drawn || !response.ok || !DRAWING_METHODS.has(method)) return response;
  const sent = payload as { chat_id?: number | string; message_id?: number; reply_markup?: { inline_keyboard?: unknown[][] } };
  const result = response.result as { message_id?: number } | true;
  const messageId = sent.message_id ?? (typeof result === 'object' ? result.message_id : undefined);
  const chatId = Number(sent.chat_id);
  if (messageId === undefined || !Number.isSafeInteger(chatId)) return response;
  const at = drawn.findIndex((m) => m.chatId === chatId && m.messageId === messageId);
  if (at >= 0) drawn.splice(at, 1); // drawn again: as it is now
  if (sent.reply_markup?.inline_keyboard?.some((row) => row.length > 0)) drawn.push({ chatId, messageId });
  return response;
};

/** The messages with buttons drawn so far while handling the current update (none outside one). */
export const messagesDrawnNow = (): Drawn[] => [...(drawing.getStore() ?? [])];
