import mongoose from 'mongoose';

interface LockDoc {
  _id: string;
  owner: string;
  expiresAt: Date;
}

/**
 * A lease in the `locks` collection: only its owner sends. The owner renews it
 * while running; a crashed owner's lease expires and another process takes over.
 * One conditional findOneAndUpdate decides: the test server has no transactions.
 */
export class SenderLock {
  private renewedAt = 0;

  constructor(
    readonly owner: string,
    private readonly now: () => Date,
    readonly ttlMs: number,
    private readonly name = 'outbox-sender',
  ) {}

  private get collection() {
    return mongoose.connection.collection<LockDoc>('locks');
  }

  /**
   * Takes or renews the lease. Returns 'taken' when it was someone else's (or
   * nobody's) before, 'renewed' when we held it, 'busy' when another owner holds it.
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
      // The upsert hit the existing document of a live owner.
      if ((error as { code?: number }).code === 11000) return 'busy';
      throw error;
    }
  }

  /** Renews when a third of the lease has passed; false when the lease was lost. */
  async keep(): Promise<boolean> {
    if (this.now().getTime() - this.renewedAt < this.ttlMs / 3) return true;
    return (await this.acquire()) !== 'busy';
  }

  async release(): Promise<void> {
    await this.collection.deleteOne({ _id: this.name, owner: this.owner });
  }
}
