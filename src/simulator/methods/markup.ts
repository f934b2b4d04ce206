import { Errors } from '../errors.js';
import { optionalObject } from '../params.js';
import type { ApiParams } from '../types.js';

const INLINE_ACTIONS = [
  'callback_data', 'url', 'web_app', 'login_url', 'switch_inline_query',
  'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay',
];

function rowsOf(value: unknown, field: string): unknown[][] {
  if (!Array.isArray(value) || !value.every(Array.isArray)) {
    throw Errors.badRequest(`can't parse reply keyboard markup JSON object: field "${field}" must be an Array of Arrays`);
  }
  return value as unknown[][];
}

function checkInlineButton(button: unknown): void {
  if (typeof button !== 'object' || button === null) throw Errors.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  const fields = button as Record<string, unknown>;
  if (typeof fields['text'] !== 'string') throw Errors.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
  if (!INLINE_ACTIONS.some((action) => action in fields)) {
    throw Errors.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  const data = fields['callback_data'];
  if (data !== undefined) {
    // The 64-byte limit is on UTF-8 bytes, not characters.
    if (typeof data !== 'string' || data.length === 0 || Buffer.byteLength(data, 'utf8') > 64) {
      throw Errors.buttonDataInvalid();
    }
  }
}

/**
 * Validates reply_markup the way Telegram does and normalises reply keyboard buttons
 * given as plain strings into `{ text }`. Returns undefined when absent.
 */
export function replyMarkupParam(params: ApiParams): Record<string, unknown> | undefined {
  const markup = optionalObject(params, 'reply_markup');
  if (!markup) return undefined;
  if ('inline_keyboard' in markup) {
    for (const row of rowsOf(markup['inline_keyboard'], 'inline_keyboard')) row.forEach(checkInlineButton);
    return markup;
  }
  if ('keyboard' in markup) {
    const keyboard = rowsOf(markup['keyboard'], 'keyboard').map((row) =>
      row.map((button) => (typeof button === 'string' ? { text: button } : button)),
    );
    for (const row of keyboard) {
      for (const button of row) {
        if (typeof (button as { text?: unknown }).text !== 'string') {
          throw Errors.badRequest("can't parse keyboard button: Field \"text\" must be of type String");
        }
      }
    }
    return { ...markup, keyboard };
  }
  if ('remove_keyboard' in markup || 'force_reply' in markup) return markup;
  throw Errors.badRequest("can't parse reply keyboard markup JSON object");
}

/** Only inline keyboards can be attached to edits. */
export function inlineMarkupParam(params: ApiParams): Record<string, unknown> | undefined {
  const markup = replyMarkupParam(params);
  if (markup && !('inline_keyboard' in markup)) throw Errors.badRequest('inline keyboard expected');
  return markup;
}
