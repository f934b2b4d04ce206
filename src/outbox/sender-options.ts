import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Locale, Notifier } from '../notify/notifier.js';

/** What a sender needs and is told (sender.ts), and what it reports. */

/** Real waiting by default; tests pass a virtual timer so nothing actually sleeps. */
export interface Timer {
  /** Monotonic milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What the sender needs from the outside world. */
export interface SenderDeps {
  notifier: Notifier;
  logger: Logger;
  /** The clock for stored instants (notBefore, doneAt). */
  now: () => Date;
  /** Bot-wide messages per second (config SEND_RATE_PER_SECOND). */
  ratePerSecond: number;
  /** Staff get notices in the default language. */
  adminIds: number[];
  defaultLocale: Locale;
  /**
   * Told the key of each message Telegram refused with 403, once the ledger shows it (a seat offer that never
   * arrived is passed on at once: main.ts wires the offers domain in). Its errors are logged, not thrown.
   */
  blocked?: (key: string) => Promise<void>;
}

export interface SenderOptions {
  /** Identifies this process in the lease. */
  workerId?: string;
  /** Messages sent at once after a pause (default: two thirds of a second's worth). */
  burst?: number;
  /** Gap between two messages into one chat (default 1000 ms). */
  perChatIntervalMs?: number;
  /** Lease length (default 15 s; renewed every third of it). */
  leaseTtlMs?: number;
  /** Network-error attempts before an item is 'failed' (default 5). */
  maxAttempts?: number;
  /** Due items read at once (default 150: about five seconds of sending; a more urgent item does not wait for the rest). */
  batchSize?: number;
  /**
   * Offers and reminders due this soon are read with the batch and sent the
   * moment they fall due, not at the next read (startSender: 30 s; drainOutbox:
   * 0, it sends what is due and returns). A read's items join the queue when the
   * batch before them is sent (about 5 s at 30/s, more on a slow database), so
   * the look-ahead spans a few batches. Broadcast items are read only once due.
   */
  lookaheadMs?: number;
  /** The idle sender looks for items enqueued by other processes this often (default 5 s). */
  pollMs?: number;
  /** After an error, the first wait before starting again (default 1 s, doubling up to 5 s). */
  retryDelayMs?: number;
  timer?: Timer;
}

export interface SenderReport {
  delivered: number;
  blocked: number;
  skipped: number;
  failed: number;
  /** Network errors that will be retried later. */
  retried: number;
  /** 429 answers honoured (sending paused for retry_after). */
  rateLimited: number;
  /** Seconds paused for 429s. */
  pausedSeconds: number;
  /** Errors after which the sender started again from the store (a database outage, say). */
  restarts: number;
  /** Another process holds the lease: nothing was sent. */
  leaseBusy: boolean;
}

export const emptyReport = (): SenderReport => ({
  delivered: 0, blocked: 0, skipped: 0, failed: 0, retried: 0, rateLimited: 0, pausedSeconds: 0, restarts: 0, leaseBusy: false,
});
export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
