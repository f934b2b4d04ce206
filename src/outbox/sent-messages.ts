import { fromJsonText } from '../db/json-text.js';
import type { OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel, sentJournal } from './model.js';
import { keyStartsWith } from './store.js';

/**
 * The chat and message id of everything delivered under keys beginning with `prefix` (a call card sent to each
 * librarian: `call:<task>:`), from the ledger or, where it has not caught up yet, the send journal.
 */
export async function sentMessagesUnder(prefix: string): Promise<Array<{ chatId: number; messageId: number }>> {
  const rows = await DeliveryModel.find({ key: keyStartsWith([prefix]), citizenId: { $exists: true } }, { citizenId: 1, messageId: 1 }).lean();
  const unsettled = rows.filter((row) => typeof row.messageId !== 'number').map((row) => row._id);
  const journalled = unsettled.length > 0 ? await sentJournal().find({ _id: { $in: unsettled }, messageId: { $exists: true } }).toArray() : [];
  const fromJournal = new Map(journalled.map((row) => [String(row._id), row.messageId]));
  return rows.flatMap((row) => {
    const messageId = row.messageId ?? fromJournal.get(String(row._id));
    return typeof row.citizenId === 'number' && typeof messageId === 'number' ? [{ chatId: row.citizenId, messageId }] : [];
  });
}

/**
 * The messages delivered to `chatId` under keys matching `keyPattern` from their start, with what was sent (its text
 * key and values): an offer and its reminder, marked answered in place after a typed answer (walk s28 W28-05).
 */
export async function sentMessagesTo(chatId: number, keyPattern: string): Promise<Array<{ messageId: number; message: OutgoingMessage }>> {
  const rows = await DeliveryModel.find({ citizenId: chatId, key: { $regex: `^${keyPattern}` }, messageId: { $exists: true } }, { _id: 0, messageId: 1, message: 1 }).lean();
  return rows.flatMap((row) => (row.messageId ? [{ messageId: row.messageId, message: fromJsonText<OutgoingMessage>(row.message) }] : []));
}

/**
 * When the newest message under keys matching `keyPattern` reached `chatId`: the ledger's time, or the send journal's
 * where the ledger has not caught up yet (a seat offer sent a moment ago: walk28 W28-18). Undefined when none was.
 */
export async function lastSentAt(chatId: number, keyPattern: string): Promise<Date | undefined> {
  const rows = await DeliveryModel.find({ citizenId: chatId, key: { $regex: `^${keyPattern}` } }, { status: 1, doneAt: 1 }).lean();
  const pending = rows.filter((row) => row.status === 'pending').map((row) => row._id);
  const journalled = pending.length > 0 ? await sentJournal().find({ _id: { $in: pending }, status: { $exists: false } }).toArray() : [];
  const times = [...rows.flatMap((row) => (row.status === 'delivered' && row.doneAt ? [row.doneAt] : [])), ...journalled.map((row) => row.at)];
  return times.length ? new Date(Math.max(...times.map((at) => at.getTime()))) : undefined;
}

/**
 * Whether anything the outbox sent reached `chatId` after its message `messageId` (message ids grow in a chat) and, with
 * `since`, at or after that time: a seat offer that came after a question the person left open (probe29 H1), not one
 * that came before a question drawn into an older message (probe30 H1). From the ledger or the send journal.
 */
export async function sentToChatAfter(chatId: number, messageId: number, since?: Date): Promise<boolean> {
  if (await DeliveryModel.exists({ citizenId: chatId, messageId: { $gt: messageId }, ...(since ? { doneAt: { $gte: since } } : {}) })) return true;
  const pending = await DeliveryModel.find({ citizenId: chatId, status: 'pending' }, { _id: 1 }).lean();
  if (pending.length === 0) return false;
  const journalled = { _id: { $in: pending.map((row) => row._id) }, messageId: { $gt: messageId }, ...(since ? { at: { $gte: since } } : {}) };
  return (await sentJournal().countDocuments(journalled, { limit: 1 })) > 0;
}
