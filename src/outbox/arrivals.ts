import { sooner } from './batch.js';
import type { Enqueued } from './store.js';

/**
 * What this process enqueued that the sender has not read from the store yet
 * (items handed over whole go to hand.ts instead): the most urgent priority
 * due now, and the next item due later (a reminder stamped for later). When
 * either is more urgent than the batch being sent, the sender reads it and
 * sends it next, not after the batch.
 */
export class Arrivals {
  /** The most urgent priority enqueued due now since the last full read. */
  private dueNow = Infinity;
  /** The next one more urgent than a broadcast that is not due yet. */
  private later: Enqueued | undefined;

  notice(enqueued: Enqueued, now: Date): void {
    if (enqueued.dueAt <= now) this.dueNow = Math.min(this.dueNow, enqueued.priority);
    else this.later = sooner(this.later, enqueued);
  }

  /** Something enqueued is due now and more urgent than `than` (a later one that fell due counts): true once, then forgotten. */
  moreUrgentThan(than: number, now: Date): boolean {
    const due = this.dueNow < than || this.laterFellDue(than, now);
    if (due) this.dueNow = Infinity;
    return due;
  }

  /** A full read of the store: what was due now is in it. */
  read(): void {
    this.dueNow = Infinity;
  }

  private laterFellDue(than: number, now: Date): boolean {
    const later = this.later;
    if (!later || later.priority >= than || later.dueAt > now) return false;
    this.later = undefined;
    return true;
  }
}
