import { fromJsonText, toJsonText } from '../json-text.js';
import type { SessionModel } from '../models/kv-entry.js';

/**
 * grammY StorageAdapter (sessions, conversation state) over a MongoDB collection.
 *
 * It remembers what it read for a key during the update and skips the write
 * (or delete) when nothing changed: most updates then cost one read, not two
 * round trips. grammY runs one update per chat at a time, so the snapshot is
 * the value this very update read.
 */
export class MongoKeyValueStorage<T> {
  private readonly lastRead = new Map<string, string | undefined>();

  constructor(private readonly model: typeof SessionModel) {}

  async read(key: string): Promise<T | undefined> {
    const row = await this.model.findById(key, { json: 1 }).lean();
    if (this.lastRead.size > 10_000) this.lastRead.clear(); // reads never followed by a write
    this.lastRead.set(key, row?.json);
    return row ? fromJsonText<T>(row.json) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    const json = toJsonText(value);
    if (this.takeSnapshot(key) === json) return;
    await this.model.updateOne({ _id: key }, { $set: { json } }, { upsert: true });
  }

  async delete(key: string): Promise<void> {
    if (this.lastRead.has(key) && this.takeSnapshot(key) === undefined) return;
    await this.model.deleteOne({ _id: key });
  }

  private takeSnapshot(key: string): string | undefined | null {
    if (!this.lastRead.has(key)) return null;
    const snapshot = this.lastRead.get(key);
    this.lastRead.delete(key);
    return snapshot;
  }
}
