import { fromJsonText, toJsonText } from '../json-text.js';
import { ConversationStateModel, SessionModel } from '../models/kv-entry.js';

/** The storage key of a private chat's session and conversation state: the chat id (= the user id) as text. */
export const chatStorageKey = (chatId: number | string) => String(chatId);

export interface KeyValueStorageOptions {
  /** How long a row lives after its last write (an abandoned flow expires). */
  ttlMs: number;
  /** The clock (tests pass theirs). */
  now?: () => Date;
  /** Sessions: an empty value `{}` is not stored (someone who set nothing leaves no row). */
  dropEmpty?: boolean;
}

interface Snapshot {
  json: string | undefined;
  expiresAt?: Date;
}

/**
 * grammY StorageAdapter (sessions, conversation state) over a MongoDB collection.
 *
 * It remembers what it read for a key during the update and skips the write
 * (or delete) when nothing changed: most updates then cost one read, not two
 * round trips. grammY runs one update per chat at a time, so the snapshot is
 * the value this very update read. An unchanged row is still written when less
 * than half of its time to live is left, so a row in use does not expire.
 */
export class MongoKeyValueStorage<T> {
  private readonly lastRead = new Map<string, Snapshot>();
  private readonly now: () => Date;

  constructor(
    private readonly model: typeof SessionModel,
    private readonly options: KeyValueStorageOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async read(key: string): Promise<T | undefined> {
    const row = await this.model.findById(key, { json: 1, expiresAt: 1 }).lean();
    // The database removes expired rows only now and then (MongoDB's TTL monitor, or the sweep job): never serve one.
    const live = row && !(row.expiresAt && row.expiresAt <= this.now()) ? row : null;
    if (this.lastRead.size > 10_000) this.lastRead.clear(); // reads never followed by a write
    this.lastRead.set(key, { json: live?.json, ...(live?.expiresAt ? { expiresAt: live.expiresAt } : {}) });
    return live ? fromJsonText<T>(live.json) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    const json = toJsonText(value);
    if (this.options.dropEmpty && json === '{}') return this.delete(key);
    const now = this.now();
    const snapshot = this.takeSnapshot(key);
    const fresh = snapshot?.expiresAt && snapshot.expiresAt.getTime() - now.getTime() > this.options.ttlMs / 2;
    if (snapshot?.json === json && fresh) return;
    const expiresAt = new Date(now.getTime() + this.options.ttlMs);
    await this.model.updateOne({ _id: key }, { $set: { json, expiresAt } }, { upsert: true });
  }

  async delete(key: string): Promise<void> {
    if (this.lastRead.has(key) && this.takeSnapshot(key)?.json === undefined) return;
    await this.model.deleteOne({ _id: key });
  }

  private takeSnapshot(key: string): Snapshot | undefined {
    const snapshot = this.lastRead.get(key);
    this.lastRead.delete(key);
    return snapshot;
  }
}

const kvModels = [SessionModel, ConversationStateModel];

/** Deletes a chat's session and conversation state (/forget, the retention job). */
export async function deleteChatState(chatId: number): Promise<number> {
  const key = chatStorageKey(chatId);
  const results = await Promise.all(kvModels.map((m) => m.deleteOne({ _id: key })));
  return results.reduce((n, r) => n + r.deletedCount, 0);
}

/**
 * Ends the flows of these chats whose stored conversation state names this person (their id, name or phone): a /find
 * or /forgetperson open in another librarian's chat when the person is forgotten keeps, in its replay log, what the
 * search found (probe29 M2). Deleting the row ends the flow: her next update meets none, and her screen already says
 * the card was closed. A flow that does not name the person is left running. Returns how many were ended.
 */
export async function deleteConversationsNaming(chatIds: number[], person: { id: number; name?: string; phone?: string }): Promise<number> {
  if (chatIds.length === 0) return 0;
  const rows = await ConversationStateModel.find({ _id: { $in: [...new Set(chatIds)].map(chatStorageKey) } }, { json: 1 }).lean();
  const id = new RegExp(`(^|\\D)${Math.abs(person.id)}(\\D|$)`);
  const name = person.name?.trim().toLowerCase();
  const phone = person.phone?.replace(/\D/g, '').slice(-10);
  const naming = rows.filter(
    (row) => id.test(row.json) || (name && row.json.toLowerCase().includes(name)) || (phone && row.json.replace(/[\s()-]/g, '').includes(phone)),
  );
  if (naming.length === 0) return 0;
  return (await ConversationStateModel.deleteMany({ _id: { $in: naming.map((row) => row._id) } })).deletedCount;
}

/**
 * Deletes expired rows, and rows of older versions (written without
 * `expiresAt`) untouched for their store's time to live. Run by a job:
 * FerretDB has no TTL indexes, and on MongoDB it catches up after downtime.
 */
export async function deleteExpiredChatState(now: Date, ttlMs: { sessions: number; conversations: number }): Promise<number> {
  let deleted = 0;
  for (const [model, legacyTtlMs] of [[SessionModel, ttlMs.sessions], [ConversationStateModel, ttlMs.conversations]] as const) {
    const expired = await model.deleteMany({ expiresAt: { $lte: now } });
    const legacy = await model.deleteMany({ expiresAt: { $exists: false }, updatedAt: { $lte: new Date(now.getTime() - legacyTtlMs) } });
    deleted += expired.deletedCount + legacy.deletedCount;
  }
  return deleted;
}

/**
 * A TTL index on `expiresAt` (MongoDB deletes expired rows by itself, about
 * once a minute). Returns false where the server has none (FerretDB 1.x
 * answers "not implemented"): the sweep job and the read-time check cover it.
 */
export async function ensureChatStateExpiry(): Promise<boolean> {
  try {
    for (const model of kvModels) await model.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0, name: 'expiresAt_ttl' });
    return true;
  } catch (error) {
    if (/expireAfterSeconds/i.test(String((error as Error).message))) return false;
    throw error;
  }
}
