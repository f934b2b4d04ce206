import type { Logger } from '../logger.js';
import {
  dropUpdateContent,
  storeIncomingUpdate,
  unclaimedUpdates,
  type RawUpdate,
} from '../db/repositories/received-updates.js';

export interface UpdateInbox {
  /** Stores the update, then handles it in the background; resolves once stored (Telegram may be answered). */
  receive(update: RawUpdate): Promise<void>;
  /** Handles updates stored by a process that stopped before handling them. */
  resumeUnhandled(): Promise<number>;
  /** Waits (up to `ms`) for the updates being handled to finish, e.g. before shutdown. */
  drain(ms: number): Promise<void>;
}

/**
 * Webhook updates are written to the database before Telegram gets its 200,
 * then handled in the background: a slow update (a slow database) never meets
 * Telegram's webhook timeout, and an update that was answered but not yet
 * handled when the process stopped is handled after the restart. A redelivery
 * of a stored update_id is neither stored nor handled again; the bot's
 * de-duplication (dedupe-updates.ts) keeps any update from running twice.
 *
 * @example
 * const inbox = createUpdateInbox((update) => bot.handleUpdate(update as Update), logger);
 * await inbox.resumeUnhandled();
 */
export function createUpdateInbox(handle: (update: RawUpdate) => Promise<void>, logger: Logger): UpdateInbox {
  const inFlight = new Set<Promise<void>>();

  const handleInBackground = (update: RawUpdate) => {
    const work = handle(update)
      .catch((error: unknown) => logger.error({ err: String(error), update_id: update.update_id }, 'update handling failed'))
      .then(() => dropUpdateContent(update.update_id))
      .catch((error: unknown) => logger.warn({ err: String(error), update_id: update.update_id }, 'update content not removed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };

  return {
    async receive(update) {
      if (await storeIncomingUpdate(update, new Date())) handleInBackground(update);
    },
    async resumeUnhandled() {
      const updates = await unclaimedUpdates();
      for (const update of updates) handleInBackground(update);
      return updates.length;
    },
    async drain(ms) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
    },
  };
}
