import type { Context, MiddlewareFn } from 'grammy';
import { claimUpdate, forgetOldUpdates } from '../../db/repositories/received-updates.js';

export interface DedupeOptions {
  now?: () => Date;
  /** Told when the database cannot be asked (the update is then handled: better than lost). */
  onStoreError?: (error: unknown) => void;
  /** How many recent update_ids are also kept in memory (the common case costs no lookup). */
  capacity?: number;
}

/**
 * Drops an update whose update_id was already handled, as happens when a
 * webhook delivery is retried or a restarted process is given the same update
 * again. Every update_id is recorded in the database (`received_updates`,
 * forgotten after three days), so this holds across restarts and processes.
 * The record is made before handling starts: an update that was in flight
 * when the process died is not repeated.
 */
export function dedupeUpdates(options: DedupeOptions = {}): MiddlewareFn<Context> {
  const { now = () => new Date(), onStoreError, capacity = 10_000 } = options;
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
    try {
      first = await claimUpdate(id, now());
    } catch (error) {
      // Database trouble: handle it anyway; the feature meets the same trouble and apologises.
      onStoreError?.(error);
    }
    if (first) await next();
  };
}
