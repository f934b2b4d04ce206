import { sequentialize } from '@grammyjs/runner';
import { Composer, type Context } from 'grammy';
import type { Update } from 'grammy/types';

export interface ChatTurnsOptions {
  /** Updates of one chat being handled or waiting their turn; a message or tap beyond this is dropped. */
  maxPerChat?: number;
  /** Tells the person, once per flood, that some of what they sent was skipped. */
  notice: (ctx: Context) => Promise<unknown>;
  /** Any other dropped update (e.g. stops the spinner of a dropped button tap). */
  dropped?: (ctx: Context) => Promise<unknown>;
  /** A flood ends when nothing was dropped for this long; the next one gets a new notice. */
  quietMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

/** Who an update belongs to: its chat (the session and conversation key), else its sender. */
export const chatKey = (ctx: Context): string | undefined => {
  const id = ctx.chatId ?? ctx.from?.id;
  return id === undefined ? undefined : String(id);
};

/**
 * Updates of one chat are handled one at a time and in order (grammY runner's
 * `sequentialize`), while other chats' updates run alongside: long polling
 * with the runner and a webhook that handles updates in the background both
 * call `handleUpdate` concurrently.
 *
 * A person who sends faster than they can be answered would otherwise build a
 * queue without end (and hold the runner's slots): at most `maxPerChat` of
 * their messages and taps are kept; the rest are dropped on arrival, and they
 * are told so once. Other updates (joining, blocking) are never dropped.
 *
 * @example
 * bot.use(chatTurns({ notice: (ctx) => ctx.reply('Too fast') }).middleware());
 */
export function chatTurns(options: ChatTurnsOptions) {
  const { maxPerChat = 3, quietMs = 60_000, now = Date.now, onError = () => undefined } = options;
  const pending = new Map<string, number>();
  /** Per chat: when its last update was dropped (kept while the flood goes on). */
  const lastDrop = new Map<string, number>();
  let peakPending = 0;
  let droppedCount = 0;

  const composer = new Composer<Context>();
  composer.use(async (ctx, next) => {
    const key = chatKey(ctx);
    const droppable = ctx.update.message !== undefined || ctx.update.callback_query !== undefined;
    if (key === undefined || !droppable) return next();
    const count = pending.get(key) ?? 0;
    if (count >= maxPerChat) return drop(ctx, key);
    pending.set(key, count + 1);
    peakPending = Math.max(peakPending, count + 1);
    try {
      await next();
    } finally {
      const left = (pending.get(key) ?? 1) - 1;
      if (left > 0) pending.set(key, left);
      else pending.delete(key);
    }
  });
  composer.use(sequentialize(chatKey));

  function drop(ctx: Context, key: string): void {
    droppedCount++;
    const at = now();
    const floodGoingOn = at - (lastDrop.get(key) ?? -Infinity) < quietMs;
    lastDrop.set(key, at);
    if (lastDrop.size > 10_000) for (const [k, t] of lastDrop) if (at - t >= quietMs) lastDrop.delete(k);
    // Not awaited: the dropped update is done at once; the notice waits for the chat's own turn at Telegram.
    const reply = floodGoingOn ? options.dropped?.(ctx) : options.notice(ctx);
    reply?.catch(onError);
  }

  return {
    middleware: () => composer.middleware(),
    /**
     * This update, arriving now, would be dropped at once (a message or tap of a chat that already has `maxPerChat`
     * waiting). Read from the raw update, before a context exists: the webhook skips storing a flood's overflow.
     */
    overflows: (update: Update): boolean => {
      // Read defensively: a signed but malformed body ("message": "x") reaches this before anything checks its shape.
      const raw = update as { message?: { chat?: { id?: unknown } }; callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } } };
      const id = raw.message?.chat?.id ?? raw.callback_query?.message?.chat?.id ?? raw.callback_query?.from?.id;
      return typeof id === 'number' && (pending.get(String(id)) ?? 0) >= maxPerChat;
    },
    /** Updates of this chat being handled or waiting. */
    pending: (key: string) => pending.get(key) ?? 0,
    /** The most updates one chat ever had waiting at once. */
    peakPending: () => peakPending,
    /** Updates dropped so far. */
    dropped: () => droppedCount,
    /** Chats with updates in progress, and chats remembered for a flood notice: both must stay small. */
    size: () => ({ chats: pending.size, floods: lastDrop.size }),
  };
}
