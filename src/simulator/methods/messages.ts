import { Errors } from '../errors.js';
import { chatIdParam, optionalBoolean, optionalString, requireNumber } from '../params.js';
import { visibleText } from '../text.js';
import type { ApiParams, InlineKeyboardMarkup, TgMessage } from '../types.js';
import type { MethodContext, MethodHandler } from './context.js';
import { inlineMarkupParam, replyMarkupParam } from './markup.js';

const MAX_TEXT = 4096;

/** The text Telegram would store, after checking emptiness and the 4096 limit on visible length. */
function messageText(params: ApiParams): string {
  const raw = optionalString(params, 'text') ?? '';
  const text = visibleText(raw, params['parse_mode']);
  if (text.trim().length === 0) throw Errors.textEmpty();
  if (text.length > MAX_TEXT) throw Errors.textTooLong();
  return text;
}

function replyTo(ctx: MethodContext, params: ApiParams, chatId: number): Partial<TgMessage> {
  const replyParams = params['reply_parameters'];
  const id =
    typeof replyParams === 'object' && replyParams !== null
      ? Number((replyParams as Record<string, unknown>)['message_id'])
      : Number(params['reply_to_message_id'] ?? NaN);
  const stored = Number.isFinite(id) ? ctx.state.users.get(chatId)?.messages.get(id) : undefined;
  return stored ? { reply_to_message: structuredClone(stored.message) } : {};
}

const sendMessage: MethodHandler = (ctx, params) => {
  const text = messageText(params);
  const markup = replyMarkupParam(params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  ctx.state.rateLimit(record.chat.id);
  return ctx.state.botSends(record, { text, ...replyTo(ctx, params, record.chat.id) }, markup);
};

const sendLocation: MethodHandler = (ctx, params) => {
  const location = { latitude: requireNumber(params, 'latitude'), longitude: requireNumber(params, 'longitude') };
  const markup = replyMarkupParam(params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  ctx.state.rateLimit(record.chat.id);
  return ctx.state.botSends(record, { location }, markup);
};

const sendVenue: MethodHandler = (ctx, params) => {
  const location = { latitude: requireNumber(params, 'latitude'), longitude: requireNumber(params, 'longitude') };
  const title = optionalString(params, 'title');
  const address = optionalString(params, 'address');
  if (!title) throw Errors.badRequest('title is empty');
  if (!address) throw Errors.badRequest('address is empty');
  const markup = replyMarkupParam(params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  ctx.state.rateLimit(record.chat.id);
  return ctx.state.botSends(record, { location, venue: { location, title, address } }, markup);
};

/** Finds the bot's message addressed by chat_id + message_id (inline messages are not emulated). */
function editTarget(ctx: MethodContext, params: ApiParams) {
  if (params['inline_message_id'] !== undefined) throw Errors.badRequest('inline messages are not supported by the emulator');
  const record = ctx.state.chatForBot(chatIdParam(params));
  const message = ctx.state.botMessage(record, requireNumber(params, 'message_id'));
  if (message.from?.id !== ctx.state.bot.id) throw Errors.badRequest("message can't be edited");
  return { record, message };
}

/** An empty inline keyboard is the same as none. */
const markupKey = (markup: unknown) => {
  const rows = (markup as { inline_keyboard?: unknown[] } | undefined)?.inline_keyboard;
  return rows && rows.length > 0 ? JSON.stringify(rows) : 'none';
};
const sameMarkup = (a: InlineKeyboardMarkup | undefined, b: unknown) => markupKey(a) === markupKey(b);

const editMessageText: MethodHandler = (ctx, params) => {
  const text = messageText(params);
  const markup = inlineMarkupParam(params);
  const { record, message } = editTarget(ctx, params);
  if (message.text === undefined) throw Errors.badRequest('there is no text in the message to edit');
  // Omitting reply_markup on an edit removes the inline keyboard, as in Telegram.
  if (message.text === text && sameMarkup(message.reply_markup, markup)) throw Errors.notModified();
  ctx.state.rateLimit(record.chat.id);
  message.text = text;
  setInlineMarkup(message, markup);
  return ctx.state.botEdited(record, message);
};

const editMessageReplyMarkup: MethodHandler = (ctx, params) => {
  const markup = inlineMarkupParam(params);
  const { record, message } = editTarget(ctx, params);
  if (sameMarkup(message.reply_markup, markup)) throw Errors.notModified();
  ctx.state.rateLimit(record.chat.id);
  setInlineMarkup(message, markup);
  return ctx.state.botEdited(record, message);
};

function setInlineMarkup(message: TgMessage, markup: Record<string, unknown> | undefined): void {
  if (markup && Array.isArray(markup['inline_keyboard']) && markup['inline_keyboard'].length > 0) {
    message.reply_markup = markup as unknown as InlineKeyboardMarkup;
  } else {
    delete message.reply_markup;
  }
}

const deleteMessage: MethodHandler = (ctx, params) => {
  const record = ctx.state.chatForBot(chatIdParam(params));
  ctx.state.deleteMessage(record, requireNumber(params, 'message_id'));
  return true;
};

const sendChatAction: MethodHandler = (ctx, params) => {
  if (!optionalString(params, 'action')) throw Errors.badRequest('action is empty');
  ctx.state.chatForBot(chatIdParam(params));
  return true;
};

const answerCallbackQuery: MethodHandler = (ctx, params) => {
  const id = optionalString(params, 'callback_query_id') ?? '';
  const query = ctx.state.callbackQueries.get(id);
  if (!query || query.answer) throw Errors.queryTooOld();
  query.answer = { show_alert: optionalBoolean(params, 'show_alert') };
  const text = optionalString(params, 'text');
  const url = optionalString(params, 'url');
  if (text !== undefined) query.answer.text = text;
  if (url !== undefined) query.answer.url = url;
  return true;
};

/** The content of an existing message (any side of the chat), for copy/forward. */
function sourceContent(ctx: MethodContext, params: ApiParams): Partial<TgMessage> {
  const fromChat = ctx.state.users.get(Number(params['from_chat_id']));
  if (!fromChat) throw Errors.chatNotFound();
  const stored = fromChat.messages.get(requireNumber(params, 'message_id'));
  if (!stored) throw Errors.badRequest('message to copy not found');
  const { message_id: _id, from: _from, chat: _chat, date: _date, edit_date: _edited, reply_markup: _markup, ...content } =
    structuredClone(stored.message);
  return content;
}

const copyMessage: MethodHandler = (ctx, params) => {
  const content = sourceContent(ctx, params);
  const markup = replyMarkupParam(params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  ctx.state.rateLimit(record.chat.id);
  return { message_id: ctx.state.botSends(record, content, markup).message_id };
};

const forwardMessage: MethodHandler = (ctx, params) => {
  const content = sourceContent(ctx, params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  ctx.state.rateLimit(record.chat.id);
  return ctx.state.botSends(record, content);
};

export const messageMethods: Record<string, MethodHandler> = {
  sendMessage, sendLocation, sendVenue, editMessageText, editMessageReplyMarkup,
  deleteMessage, sendChatAction, answerCallbackQuery, copyMessage, forwardMessage,
};
