import type { Context, MiddlewareFn } from 'grammy';
import { claimUpdate, finishUpdate, forgetOldUpdates } from '../../db/repositories/received-updates.js';
import { noteAnswered } from '../answered-chats.js';

export interface DedupeOptions {
  now?: () => Date;
  /** Told when the database cannot be asked (the update is then handled: better than lost). */
  onStoreError?: (error: unknown) => void;
  /** How many recent update_ids are also kept in memory (the common case costs no lookup). */
  capacity?: number;
  /** The language to tell the chat in if the process stops mid-way (interrupted-updates.ts). */
  languageOf?: (ctx: Context) => string;
}

/**
 * Drops an update whose update_id was already handled, as happens when a
 * webhook delivery is retried or a restarted process is given the same update
 * again. Every update_id is recorded in the database (`received_updates`,
 * forgotten after three days), so this holds across restarts and processes.
 * The record is made before handling starts: an update that was in flight
 * when the process died is not repeated (it might have done half its work).
 * Instead the record keeps the chat while the update is handled, and the
 * person is asked to repeat it after a restart (interrupted-updates.ts).
 */
export function dedupeUpdates(options: DedupeOptions = {}): MiddlewareFn<Context> {
  const { now = () => new Date(), onStoreError, capacity = 10_000, languageOf = () => '' } = options;
  const seen = new Set<number>();
  let sweptAt = 0;
  return async (ctx, next) => {
    if (Date.now() - sweptAt > 60 * 60 * 1000) {
      // Once an hour, in the background: the record of old update_ids is not needed any more.
      sweptAt = Date.now();
      forgetOldUpdates(now()).catch((error: unknown) => onStoreError?.(error));
    }
    const id = ctx.update.update_id;
    if (seen.has(id)) return;
    seen.add(id);
    if (seen.size > capacity) seen.delete(seen.values().next().value!);
    let first = true;
    let claimed = false;
    // A person's message or button press: the updates a person waits for an answer to.
    const chatId = ctx.message || ctx.callbackQuery ? (ctx.chat?.id ?? ctx.from?.id) : undefined;
    try {
      first = await claimUpdate(id, now(), chatId === undefined ? undefined : { chatId, language: languageOf(ctx) });
      claimed = first && chatId !== undefined;
    } catch (error) {
      // Database trouble: handle it anyway; the feature meets the same trouble and apologises.
      onStoreError?.(error);
    }
    if (!first) return;
    try {
      await next();
    } finally {
      // Handled (or failed and apologised for): the record stops keeping the chat.
      if (claimed) {
        noteAnswered(chatId!, id);
        await finishUpdate(id).catch((error: unknown) => onStoreError?.(error));
      }
    }
  };
}
