import mongoose from 'mongoose';

interface LeaseDoc {
  _id: string;
  owner: string;
  expiresAt: Date;
}

/**
 * The outbox's only lease: one document in `locks`. Its owner is the one
 * sender; every item it has in hand is "sending" under it. The owner renews it
 * while it runs (also while it waits out a long retry_after); a stopped or
 * crashed owner's lease runs out and another process takes over, starting again
 * from the store. One conditional findOneAndUpdate decides, so two processes
 * never both hold it (the test database has no transactions).
 *
 * @example
 * const lease = new SenderLease('host:123', () => new Date(), 15_000);
 * if ((await lease.acquire()) !== 'busy') { ...send...; await lease.keep(); }
 */
export class SenderLease {
  private renewedAt = 0;

  constructor(
    readonly owner: string,
    private readonly now: () => Date,
    readonly ttlMs: number,
    private readonly name = 'outbox-sender',
  ) {}

  private get collection() {
    return mongoose.connection.collection<LeaseDoc>('locks');
  }

  /**
   * Takes or renews the lease. 'taken': it was someone else's (or nobody's)
   * before; 'renewed': we held it; 'busy': another owner holds it.
   */
  async acquire(): Promise<'taken' | 'renewed' | 'busy'> {
    const now = this.now();
    try {
      const before = await this.collection.findOneAndUpdate(
        { _id: this.name, $or: [{ owner: this.owner }, { expiresAt: { $lt: now } }] },
        { $set: { owner: this.owner, expiresAt: new Date(now.getTime() + this.ttlMs) } },
        { upsert: true, returnDocument: 'before' },
      );
      this.renewedAt = now.getTime();
      return before?.owner === this.owner ? 'renewed' : 'taken';
    } catch (error) {
      // The upsert met the document of a live owner.
      if ((error as { code?: number }).code === 11000) return 'busy';
      throw error;
    }
  }

  /**
   * Renews when a third of the lease has passed; false when it was lost. Lost too when it is free again but was not
   * ours just before ('taken'): another process held it meanwhile (and may have sent what we hold), then let it go.
   */
  async keep(): Promise<boolean> {
    if (this.now().getTime() - this.renewedAt < this.ttlMs / 3) return true;
    return (await this.acquire()) === 'renewed';
  }

  async release(): Promise<void> {
    await this.collection.deleteOne({ _id: this.name, owner: this.owner });
  }
}

/** Thrown by the sender when it finds the lease taken by another process: it starts again from the store. */
export class LeaseLost extends Error {
  constructor() {
    super('outbox: the sender lease was lost');
  }
}
