import type { TakenItem } from './hand.js';
import type { RecipientState } from './recipients.js';
import type { Enqueued } from './store.js';

/** Items the sender has in hand, with their recipients, and the small helpers that combine them. */

export interface Batch {
  items: TakenItem[];
  recipients: Map<number, RecipientState>;
  /**
   * How many items the read found (a read ahead's more urgent ones may have joined the batch
   * before it since, leaving `items` short): 0 means nothing more is due in the store.
   */
  found?: number;
}

/** A read started ahead may fail while the sender is busy elsewhere: it is awaited (and fails) later, never left unhandled. */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The item's chat; 0 (no chat) once its recipient was forgotten: it is skipped. */
export const chatOf = (item: TakenItem) => item.citizenId ?? 0;

/** The one of two that falls due first. */
export const sooner = (a: Enqueued | undefined, b: Enqueued | undefined) => (!a ? b : !b ? a : b.dueAt < a.dueAt ? b : a);

/** Two batches as one, most urgent first (a stable sort keeps each priority's order). */
export function merge(a: Batch, b: Batch): Batch {
  if (b.items.length === 0) return a;
  const items = [...a.items, ...b.items].sort((x, y) => x.priority - y.priority || x.notBefore.getTime() - y.notBefore.getTime());
  return { items, recipients: new Map([...a.recipients, ...b.recipients]) };
}

/** Takes out of `batch` (a read ahead) the items more urgent than `than`; undefined when there are none. */
export function takeMoreUrgent(batch: Batch | undefined, than: number): Batch | undefined {
  if (!batch?.items.some((item) => item.priority < than)) return undefined;
  const urgent = batch.items.filter((item) => item.priority < than);
  batch.items = batch.items.filter((item) => item.priority >= than);
  return { items: urgent, recipients: batch.recipients };
}
