import type { Transformer } from 'grammy';

/**
 * grammY's `InlineKeyboard.row()` after the last button (common in loops) leaves
 * an empty row at the end of the keyboard. Telegram clients draw it as a gap or
 * refuse it, so every call to Telegram goes out without empty rows. One place for
 * every keyboard: features, conversations, menus and the outbox alike.
 *
 * @example
 * bot.api.config.use(withoutEmptyKeyboardRows);
 */
export const withoutEmptyKeyboardRows: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: { inline_keyboard?: unknown[][] } } | undefined)?.reply_markup;
  const rows = markup?.inline_keyboard;
  if (!Array.isArray(rows) || rows.every((row) => Array.isArray(row) && row.length > 0)) return prev(method, payload, signal);
  const tidy = { ...payload, reply_markup: { ...markup, inline_keyboard: rows.filter((row) => Array.isArray(row) && row.length > 0) } };
  return prev(method, tidy as typeof payload, signal);
};
