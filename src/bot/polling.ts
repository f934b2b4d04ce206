import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot, Context } from 'grammy';
import type { Update } from 'grammy/types';

export interface Polling {
  /** Stops fetching and waits (up to `graceMs`) for the updates in hand to be handled. */
  stop(): Promise<void>;
  handle: RunnerHandle;
}

/**
 * Long polling with grammY's runner: updates of different chats are handled
 * side by side (one chat's own updates stay in order: `chatTurns` in
 * createBot), so one slow chat or one person's flood does not hold up everyone
 * as `bot.start()` (one update at a time) did.
 *
 * @example
 * const polling = startPolling(bot, ['message', 'callback_query']);
 * await polling.stop();
 */
export function startPolling<C extends Context>(
  bot: Bot<C>,
  allowedUpdates: ReadonlyArray<Exclude<keyof Update, 'update_id'>>,
  options: { graceMs?: number } = {},
): Polling {
  const handle = run(bot, { runner: { fetch: { allowed_updates: allowedUpdates } } });
  return {
    handle,
    async stop() {
      if (handle.isRunning()) await handle.stop();
      const deadline = Date.now() + (options.graceMs ?? 10_000);
      while (handle.size() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}
