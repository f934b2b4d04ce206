/**
 * "Insert unless it is there" for many documents at once: an unordered insertMany on a unique index, where the
 * documents already stored fail with a duplicate key (11000) and the rest are written. One round trip, and no
 * lookup per document (an upsert per document looks each one up first).
 */

/** The server's duplicate-key error. */
export const isDuplicateKey = (error: unknown) => (error as { code?: number })?.code === 11000;

/** An unordered insert where every failure was a duplicate key. */
export function isBulkOfDuplicates(error: unknown): boolean {
  const e = error as { code?: number; writeErrors?: Array<{ code?: number }> | { code?: number } };
  if (isDuplicateKey(e) && !e.writeErrors) return true;
  const list = Array.isArray(e?.writeErrors) ? e.writeErrors : e?.writeErrors ? [e.writeErrors] : [];
  return list.length > 0 && list.every((w) => w.code === 11000);
}
