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

export interface InboxOptions {
  /**
   * True for an update the bot will drop on arrival (a flood's overflow, see chat-turns.ts). It is handed to the bot
   * without being stored: a flood of hundreds of messages from one chat would otherwise put two database writes each
   * ahead of every other chat's updates.
   */
  dropsOnArrival?: (update: RawUpdate) => boolean;
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
export function createUpdateInbox(
  handle: (update: RawUpdate) => Promise<void>,
  logger: Logger,
  options: InboxOptions = {},
): UpdateInbox {
  const inFlight = new Set<Promise<void>>();

  const handleInBackground = (update: RawUpdate, stored = true) => {
    let work = handle(update).catch((error: unknown) => logger.error({ err: String(error), update_id: update.update_id }, 'update handling failed'));
    if (stored) {
      work = work
        .then(() => dropUpdateContent(update.update_id))
        .catch((error: unknown) => logger.warn({ err: String(error), update_id: update.update_id }, 'update content not removed'));
    }
    const tracked = work.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  return {
    async receive(update) {
      if (options.dropsOnArrival?.(update)) handleInBackground(update, false);
      else if (await storeIncomingUpdate(update, new Date())) handleInBackground(update);
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
