import type { PreparedImport } from './prepare.js';

/**
 * Files being previewed, kept in this process's memory only (never stored:
 * nothing from the file is written before Confirm). A miss (another process,
 * a restart, 30 minutes passed) reads the file again from Telegram.
 */
const TTL_MS = 30 * 60_000;
const MAX_DRAFTS = 20;
const drafts = new Map<string, { prepared: PreparedImport; at: number }>();

export async function preparedDraft(key: string, load: () => Promise<PreparedImport>): Promise<PreparedImport> {
  const now = Date.now();
  for (const [k, d] of drafts) if (now - d.at > TTL_MS) drafts.delete(k);
  const hit = drafts.get(key);
  if (hit) return hit.prepared;
  const prepared = await load();
  if (drafts.size >= MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
  drafts.set(key, { prepared, at: now });
  return prepared;
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}
