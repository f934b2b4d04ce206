import { EventEmitter } from 'node:events';
import type { Types } from 'mongoose';
import type { OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel, PRIORITIES, sentJournal, type FinishedStatus, type JournalRow, type Priority } from './model.js';
import { countInBatches, totalsPerBatch } from './progress.js';

export { catchUp } from './catch-up.js';

/**
 * The durable side of the outbox: what is waiting, what was sent. Every read
 * and write of the outbox's collections is here (model.ts describes them).
 */

/** One message to one chat, sent later in the recipient's current language. */
export interface OutboxItem {
  /** Unique per message: a repeated key is ignored. E.g. `bc:<broadcastId>:<citizenId>`. */
  key: string;
  citizenId: number;
  message: OutgoingMessage;
  /** personal (offers, notices) before reminder before broadcast (the default: the least urgent). */
  priority?: Priority;
  /** The citizen a message to someone else is about (so /forget finds it). */
  aboutCitizenId?: number;
  /** Groups items for batchProgress (a broadcast id, say). */
  batchId?: string;
  /** Not sent before this instant; default: now. */
  notBefore?: Date;
  /** Not sent from this instant on (skipped): a reminder the bot could not send in time (it was down) says nothing true later. */
  notAfter?: Date;
}

/** An item as the sender reads it. */
export interface StoredItem {
  _id: Types.ObjectId;
  key: string;
  /** Absent once the recipient was forgotten: the item is skipped. */
  citizenId?: number;
  message: string;
  priority: number;
  notBefore: Date;
  notAfter?: Date;
  attempts: number;
  batchId?: string;
}

/**
 * 'enqueued' (an {@link Enqueued}): wakes this process's sender, and tells it when
 * the most urgent item added falls due (a reminder stamped for later).
 */
export const outboxEvents = new EventEmitter();

/** What the 'enqueued' event tells: the most urgent priority added, and when its first item falls due. */
export interface Enqueued {
  priority: number;
  dueAt: Date;
  /**
   * Every item added, as the sender reads them, when they are few and all more
   * urgent than broadcasts (an offer, a notice, a lesson's reminders): this
   * process's sender takes them as they are, without reading the store.
   */
  items?: StoredItem[];
}

const CHUNK = 1000;
/** Enqueues of more items than this (or of broadcasts) are read from the store by the sender. */
const HANDED_OVER_AT_MOST = 100;

/**
 * Adds messages to the outbox. Keys already present are ignored, so calling it
 * twice (a job re-run, a double tap) sends each message once.
 *
 * @example
 * await enqueue([{ key: `bc:${id}:${citizenId}`, citizenId, priority: 'broadcast', message: { text: { raw: 'Hello' } }, batchId: id }], now);
 */
export async function enqueue(items: OutboxItem[], now: Date): Promise<{ added: number }> {
  let added = 0;
  const urgent = items.length <= HANDED_OVER_AT_MOST && items.every((item) => PRIORITIES[item.priority ?? 'broadcast'] < PRIORITIES.broadcast);
  const addedItems: StoredItem[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const docs = items.slice(i, i + CHUNK).map((item) => ({
      key: item.key,
      citizenId: item.citizenId,
      ...(item.aboutCitizenId !== undefined ? { aboutCitizenId: item.aboutCitizenId } : {}),
      message: JSON.stringify(item.message),
      ...(item.batchId ? { batchId: item.batchId } : {}),
      priority: PRIORITIES[item.priority ?? 'broadcast'],
      status: 'pending' as const,
      attempts: 0,
      // Never in the past: the sender reads due items in order past the last one it took (hand.ts).
      notBefore: item.notBefore && item.notBefore > now ? item.notBefore : now,
      ...(item.notAfter ? { notAfter: item.notAfter } : {}),
      createdAt: now,
    }));
    // A key already there (a job run again, a double tap) is refused by the unique index and left out.
    const inserted = await insertIgnoringDuplicates(docs);
    added += inserted.length;
    if (inserted.length > 0) await countInBatches(totalsPerBatch(inserted), now);
    if (urgent) addedItems.push(...inserted.map(asStored));
  }
  if (added > 0) outboxEvents.emit('enqueued', { ...mostUrgent(items, now), ...(urgent ? { items: addedItems } : {}) });
  return { added };
}

/** An inserted document as `readDue` would return it (the driver set its _id as it inserted it). */
function asStored(doc: Omit<StoredItem, '_id'>): StoredItem {
  const { _id } = doc as Partial<Pick<StoredItem, '_id'>>;
  if (!_id) throw new Error('outbox: an inserted item has no _id');
  const { key, citizenId, message, priority, notBefore, notAfter, attempts, batchId } = doc;
  return { _id, key, citizenId, message, priority, notBefore, ...(notAfter ? { notAfter } : {}), attempts, ...(batchId ? { batchId } : {}) };
}

function mostUrgent(items: OutboxItem[], now: Date): Enqueued {
  const priority = Math.min(...items.map((item) => PRIORITIES[item.priority ?? 'broadcast']));
  const dueTimes = items
    .filter((item) => PRIORITIES[item.priority ?? 'broadcast'] === priority)
    .map((item) => Math.max(now.getTime(), item.notBefore?.getTime() ?? 0));
  return { priority, dueAt: new Date(Math.min(...dueTimes)) };
}

/** Inserts what is new; returns the documents inserted (those whose key was there already are not). */
async function insertIgnoringDuplicates<T extends object>(docs: T[]): Promise<T[]> {
  try {
    await DeliveryModel.collection.insertMany(docs, { ordered: false });
    return docs;
  } catch (error) {
    const bulk = error as { code?: number; writeErrors?: Array<{ code?: number; index?: number }> | { code?: number; index?: number } };
    const writeErrors = Array.isArray(bulk.writeErrors) ? bulk.writeErrors : bulk.writeErrors ? [bulk.writeErrors] : [];
    const onlyDuplicates = writeErrors.length > 0 ? writeErrors.every((e) => e.code === 11000) : bulk.code === 11000;
    if (!onlyDuplicates) throw error;
    const refused = new Set(writeErrors.map((e) => e.index));
    return docs.filter((_, i) => !refused.has(i));
  }
}

/** Where a sender's reading stands in one priority: the last item it took. */
export interface ReadPosition {
  notBefore: Date;
  _id: Types.ObjectId;
}

/**
 * Items due by `now`, most urgent first (priority, then notBefore, then _id),
 * each priority read from past `after[priority]` on (the items the sender
 * already took). `urgentUntil`: items more urgent than broadcasts due by then
 * are read too (the sender holds a reminder due in a few seconds and sends it
 * the moment it falls due); `morePressingThan`: only priorities more urgent than that.
 */
export async function readDue(
  after: Map<number, ReadPosition>,
  limit: number,
  now: Date,
  options: { urgentUntil?: Date; morePressingThan?: number } = {},
): Promise<StoredItem[]> {
  const { urgentUntil, morePressingThan } = options;
  const past = [...after].map(([priority, p]) => ({
    priority,
    $or: [{ notBefore: { $gt: p.notBefore } }, { notBefore: p.notBefore, _id: { $gt: p._id } }],
  }));
  const filter = past.length > 0 ? { $or: [{ priority: { $nin: [...after.keys()] } }, ...past] } : {};
  const pressing = morePressingThan === undefined ? {} : { priority: { $lt: morePressingThan } };
  const due =
    urgentUntil && urgentUntil > now
      ? { $or: [{ notBefore: { $lte: now } }, { priority: { $lt: PRIORITIES.broadcast }, notBefore: { $lte: urgentUntil } }] }
      : { notBefore: { $lte: now } };
  return DeliveryModel.find(
    { status: 'pending', $and: [due, { ...pressing, ...filter }] },
    { key: 1, citizenId: 1, message: 1, priority: 1, notBefore: 1, notAfter: 1, attempts: 1, batchId: 1 },
  )
    .sort({ priority: 1, notBefore: 1, _id: 1 })
    .limit(limit)
    .lean<StoredItem[]>();
}

/** When the first pending item not yet due falls due (the idle sender sleeps until then). */
export async function nextDueAt(now: Date): Promise<Date | undefined> {
  const next = await DeliveryModel.findOne({ status: 'pending', notBefore: { $gt: now } }, { notBefore: 1 }).sort({ notBefore: 1 }).lean();
  return next?.notBefore;
}

/** Outcomes written to the journal, not yet to the ledger (a sender leaves them out when it starts again). */
export async function journalledIds(): Promise<string[]> {
  return (await sentJournal().find({}, { projection: { _id: 1 } }).toArray()).map((row) => String(row._id));
}

/**
 * Records an outcome before the next send (so a crash repeats at most the
 * message in flight). Returns false if it was already recorded (the message
 * in flight when a sender stopped, sent again).
 */
export async function recordOutcome(item: StoredItem, status: 'delivered' | 'blocked' | 'skipped', at: Date, messageId?: number): Promise<boolean> {
  const row: JournalRow = {
    _id: item._id,
    at,
    ...(status === 'delivered' ? {} : { status }),
    ...(status === 'blocked' && item.citizenId !== undefined ? { citizenId: item.citizenId } : {}),
    ...(messageId === undefined ? {} : { messageId }),
  };
  try {
    await sentJournal().insertOne(row);
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}

/** A network error: tried again after a back-off, or given up after `maxAttempts` (written to the ledger at once: rare). */
export async function recordFailure(item: StoredItem, error: string, maxAttempts: number, now: Date): Promise<'retry' | 'failed'> {
  const attempts = item.attempts + 1;
  if (attempts >= maxAttempts) {
    await DeliveryModel.updateOne({ _id: item._id, status: 'pending' }, { $set: { status: 'failed', doneAt: now, attempts, lastError: error } });
    return 'failed';
  }
  const backoffMs = 2000 * 2 ** (attempts - 1);
  await DeliveryModel.updateOne(
    { _id: item._id, status: 'pending' },
    // Sent again later: a withdraw meanwhile skips it (claim.ts).
    { $set: { attempts, lastError: error, notBefore: new Date(now.getTime() + backoffMs) }, $unset: { claimedAt: 1 } },
  );
  return 'retry';
}

/** A query on `key` for keys beginning with any of these prefixes (taken literally). */
export const keyStartsWith = (prefixes: string[]) => ({ $regex: `^(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})` });

/**
 * Settles a finished item straight in the ledger (nothing was sent: the lesson changed, say). `citizenId`: only the items
 * to that chat (she left the group: her reminders of its lessons, not the others').
 */
export async function cancelPending(keyPrefixes: string | string[], reason: string, citizenId?: number): Promise<void> {
  const prefixes = [keyPrefixes].flat();
  if (prefixes.length > 0) await skipPending(keyStartsWith(prefixes), reason, citizenId);
}

/** A withdrawn row's `notAfter`: any instant in the past does (a withdraw needs no clock); every sender skips it. */
const WITHDRAWN = new Date(0);

/**
 * Marks every pending row pointless first (`notAfter` past, with the reason), then settles the unclaimed ones as
 * skipped. A claimed row is in the live sender's hand (claim.ts): its send goes on (the claim won). If that sender died
 * with it unsent, the next one reads the mark and skips it (fix40b). Marked first: a row whose claim is let go between
 * the two writes (releaseClaims) is skipped all the same.
 */
export async function skipPending(key: ReturnType<typeof keyStartsWith>, reason: string, citizenId?: number): Promise<void> {
  const pending = { key, status: 'pending' as const, ...(citizenId === undefined ? {} : { citizenId }) };
  await DeliveryModel.updateMany(pending, { $set: { notAfter: WITHDRAWN, lastError: reason } });
  await DeliveryModel.updateMany({ ...pending, claimedAt: { $exists: false } }, { $set: { status: 'skipped' satisfies FinishedStatus, lastError: reason } });
}

/**
 * Settles the unsent items under these key prefixes as skipped (what they say no longer holds) and returns the
 * prefixes whose latest item did reach its person: those may need to be told that it no longer holds. An earlier
 * item delivered does not count when a later one was withdrawn (probe s23 L1: "it is back" after a pause unheard).
 */
export async function withdrawUnsent(prefixes: string[], reason: string): Promise<Set<string>> {
  if (prefixes.length === 0) return new Set();
  const key = keyStartsWith(prefixes);
  await skipPending(key, reason);
  const [wanted, latest] = [new Set(prefixes), new Map<string, { status: string }>()];
  // Oldest first, so each prefix ends with its latest item (a key's prefix looked up at its ':'s, else searched).
  for (const item of await DeliveryModel.find({ key }, { key: 1, status: 1, createdAt: 1 }).sort({ createdAt: 1, _id: 1 }).lean()) {
    const cuts = [...item.key.matchAll(/:/g)].map((m) => item.key.slice(0, m.index + 1));
    const prefix = cuts.findLast((c) => wanted.has(c)) ?? prefixes.find((p) => item.key.startsWith(p));
    if (prefix !== undefined) latest.set(prefix, item);
  }
  return new Set([...latest].filter(([, item]) => item.status === 'delivered').map(([prefix]) => prefix));
}

/** Which of these keys are in the outbox already (sent or not). */
export async function existingKeys(keys: string[]): Promise<Set<string>> {
  return new Set((await DeliveryModel.find({ key: { $in: keys } }, { key: 1, _id: 0 }).lean()).map((d) => d.key));
}

/** Every key beginning with `prefix` (statistics count seat offers this way). */
export async function keysStartingWith(prefix: string): Promise<string[]> {
  return (await DeliveryModel.find({ key: { $regex: `^${prefix}` } }, { _id: 0, key: 1 }).lean()).map((d) => d.key);
}

/** Items about one citizen now belong to another id (a person without Telegram linked it): /forget finds them under the new one. */
export async function reassignAboutCitizen(fromId: number, toId: number): Promise<void> {
  await DeliveryModel.updateMany({ aboutCitizenId: fromId }, { $set: { aboutCitizenId: toId } });
}

/**
 * The key of the message the outbox delivered to `chatId` as `messageId` (a button pressed on it tells which
 * message it was); its id is in the ledger, or still only in the send journal if the ledger has not caught up.
 */
export async function sentMessageKey(chatId: number, messageId: number): Promise<string | undefined> {
  const inLedger = await DeliveryModel.findOne({ citizenId: chatId, messageId }, { key: 1 }).lean();
  if (inLedger) return inLedger.key;
  const journalled = await sentJournal().findOne({ messageId });
  if (!journalled) return undefined;
  return (await DeliveryModel.findOne({ _id: journalled._id, citizenId: chatId }, { key: 1 }).lean())?.key;
}

/** The ids of the messages delivered to `chatId` under keys matching `keyPattern` from their start (an offer and its reminder). */
export async function sentMessageIds(chatId: number, keyPattern: string): Promise<number[]> {
  const rows = await DeliveryModel.find({ citizenId: chatId, key: { $regex: `^${keyPattern}` }, messageId: { $exists: true } }, { _id: 0, messageId: 1 }).lean();
  return rows.flatMap((row) => (row.messageId ? [row.messageId] : []));
}
