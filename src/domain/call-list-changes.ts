import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The centers whose call lists changed while one update was handled (a list made for them, a line taken off one by
 * /forget): the bot redraws those centers' open /calls screens once the update is done (task29 fixC). Outside an
 * update (a job) nothing collects them.
 */
const changed = new AsyncLocalStorage<Set<string>>();

/** Runs `work` collecting the centers whose call lists it changes; returns them. */
export async function collectCallListChanges(work: () => Promise<void>): Promise<string[]> {
  const centers = new Set<string>();
  await changed.run(centers, work);
  return [...centers];
}

/** These centers' call lists changed (called where lists are made or lose a line). */
export function callListsChanged(centerIds: Iterable<string>): void {
  const centers = changed.getStore();
  if (centers) for (const id of centerIds) centers.add(id);
}
