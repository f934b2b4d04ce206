import { journalledIds, readDue, type ReadPosition, type StoredItem } from './store.js';

/** An item the sender took, with where its priority's reading stood before it. */
export interface TakenItem extends StoredItem {
  before: ReadPosition | undefined;
}

/**
 * What the one sender has in hand: items it took and whose outcome the ledger
 * does not show yet (being sent, or journalled and waiting for the catch-up).
 * Each priority is read on from the last item taken in it, so items in hand are
 * left out without writing anything per item; items enqueued later sort after
 * it (their notBefore is never in the past). After any error or a change of
 * owner, `restart()` starts again from the store: what the journal holds stays
 * out, everything else is read from the beginning.
 */
/**
 * The reading moves on only over items due at least this long ago: an enqueue
 * that stamped its items a moment ago but finished writing them after a later
 * one was taken is still read (what is in hand is left out by id instead).
 */
const SETTLE_MS = 10_000;

export class Hand {
  /** Items in hand, with their notBefore (ms). */
  private readonly held = new Map<string, number>();
  private readonly past = new Map<number, ReadPosition>();
  /** Rows to read beyond the batch: held items may lie ahead of the reading (after a restart or a release). */
  private overread = 0;
  /** Items this process enqueued, held already, that the sender has not put in its queue yet. */
  private handedOver: TakenItem[] = [];

  constructor(private readonly batchSize: number) {}

  get size(): number {
    return this.held.size;
  }

  /** Empties the hand but for what the journal holds (sent, not in the ledger yet); returns those ids. */
  async restart(): Promise<string[]> {
    this.past.clear();
    this.held.clear();
    this.handedOver = [];
    const journalled = await journalledIds();
    for (const id of journalled) this.held.set(id, 0);
    this.overread = this.held.size;
    return journalled;
  }

  /**
   * The next items due now (and urgent ones due by `urgentUntil`: a reminder due in
   * a few seconds is in hand when it falls due), most urgent first, at most a
   * batch; none when nothing is due. The reading moves on only over items due
   * now: an item enqueued later is never behind it.
   */
  async take(now: Date, options: { urgentUntil?: Date; morePressingThan?: number } = {}): Promise<TakenItem[]> {
    const taken: TakenItem[] = [];
    for (;;) {
      // Copied before the read: an item the catch-up lets go while the read runs may still come back as pending.
      const heldBefore = new Set(this.held.keys());
      const cutoff = now.getTime() - SETTLE_MS;
      const recent = [...this.held.values()].filter((at) => at > cutoff).length;
      const limit = this.batchSize + this.overread + recent;
      const rows = await readDue(this.past, limit, now, options);
      this.overread = 0;
      let movedOn = false;
      for (const row of rows) {
        if (taken.length >= this.batchSize) break;
        const id = String(row._id);
        const before = this.past.get(row.priority);
        if (row.notBefore.getTime() <= cutoff) {
          this.past.set(row.priority, { notBefore: row.notBefore, _id: row._id });
          movedOn = true;
        }
        if (heldBefore.has(id) || this.held.has(id)) continue;
        this.held.set(id, row.notBefore.getTime());
        taken.push({ ...row, before });
      }
      // The read was filled by items in hand (sent, waiting for the catch-up): read on past them until
      // the batch is full. A batch of the few new rows among them would leave the sender waiting for reads.
      if (taken.length >= this.batchSize || rows.length < limit || !movedOn) return taken;
      this.overread += this.batchSize;
    }
  }

  /**
   * Items this process just enqueued (an offer, a notice), taken as they are:
   * no read of the store. Held at once, so a read that finds them leaves them
   * out; an item a read took already is not taken twice. After a restart the
   * store is read again, so nothing handed over is lost.
   */
  handOver(items: StoredItem[]): void {
    for (const item of items) {
      const id = String(item._id);
      if (this.held.has(id)) continue;
      this.held.set(id, item.notBefore.getTime());
      this.handedOver.push({ ...item, before: undefined });
    }
  }

  /** What was handed over since the last call. */
  takeHandedOver(): TakenItem[] {
    const items = this.handedOver;
    this.handedOver = [];
    return items;
  }

  /** Items taken but not sent (stopping, or something more urgent came): the next read finds them again. */
  release(items: TakenItem[]): void {
    const firstPerPriority = new Map<number, TakenItem>();
    for (const item of items) {
      this.held.delete(String(item._id));
      const first = firstPerPriority.get(item.priority);
      if (!first || compare(item, first) < 0) firstPerPriority.set(item.priority, item);
    }
    for (const [priority, first] of firstPerPriority) {
      if (first.before) this.past.set(priority, first.before);
      else this.past.delete(priority);
      // Items sent after it are still held: read past them.
      this.overread = Math.max(this.overread, first.before ? this.batchSize : this.held.size);
    }
  }

  /** The ledger shows the item's outcome now (the catch-up, a retry's new notBefore, a failure). */
  settled(id: string): void {
    this.held.delete(id);
    // Nothing in hand: read from the beginning again (an item of another process may sort before a reading).
    if (this.held.size === 0) this.past.clear();
  }
}

function compare(a: StoredItem, b: StoredItem): number {
  return a.notBefore.getTime() - b.notBefore.getTime() || String(a._id).localeCompare(String(b._id));
}
