import { skipPending } from './store.js';

/**
 * Settles these keys, exactly these (a prefix would take `absent:<lesson>:12` for `…:123`), as skipped while unsent: a
 * notice taken back before it went. One the sender has claimed goes on (claim.ts); the caller reads how it ended.
 */
export async function withdrawKeys(keys: string[], reason: string): Promise<void> {
  if (keys.length === 0) return;
  await skipPending({ $regex: `^(?:${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$` }, reason);
}
