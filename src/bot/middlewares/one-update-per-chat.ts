import type { Context, MiddlewareFn } from 'grammy';

/**
 * Runs a chat's updates one after another, in arrival order; other chats go
 * on in parallel. The conversations plugin loads a chat's state, handles the
 * update and saves it: two updates of one chat handled at once (two quick
 * taps on one question, over a webhook or a concurrent runner) would both
 * answer the same question. In order, the second one finds the question
 * answered and is told so.
 */
export function oneUpdatePerChat<C extends Context>(): MiddlewareFn<C> {
  const tails = new Map<number, Promise<unknown>>();
  return async (ctx, next) => {
    const chatId = ctx.chatId;
    if (chatId === undefined) return next();
    const previous = tails.get(chatId) ?? Promise.resolve();
    const mine = previous.then(() => next());
    const tail = mine.catch(() => undefined);
    tails.set(chatId, tail);
    try {
      await mine;
    } finally {
      // The last one out removes the chat, so the map holds only chats with work in flight.
      if (tails.get(chatId) === tail) tails.delete(chatId);
    }
  };
}
