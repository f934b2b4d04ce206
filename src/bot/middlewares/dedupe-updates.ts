import type { Context, MiddlewareFn } from 'grammy';

/**
 * Drops an update whose update_id was already handled by this process, as
 * happens when a webhook delivery is retried. Domain writes are idempotent as
 * well (unique indexes, conditional updates), so a duplicate reaching another
 * process changes nothing either.
 */
export function dedupeUpdates(capacity = 10_000): MiddlewareFn<Context> {
  const seen = new Set<number>();
  return (ctx, next) => {
    const id = ctx.update.update_id;
    if (seen.has(id)) return;
    seen.add(id);
    if (seen.size > capacity) seen.delete(seen.values().next().value!);
    return next();
  };
}
