import type { Types } from 'mongoose';
import { DeliveryModel, sentJournal } from './model.js';
import { enqueue, type OutboxItem } from './store.js';

/**
 * Forgets one person in the outbox (ledger, send journal; the batch counters
 * hold only numbers). Used by forgetCitizen; it lives apart so it moves with
 * the outbox store (here).
 *
 * An item is about the person when it is addressed to their chat, or its key
 * names their chat id or one of their waiting-list entries (`rem:…:<chatId>`,
 * `bc:<id>:<chatId>`, `absent:<lessonId>:<chatId>` to a librarian,
 * `offer:<entryId>:…`). Such an item is kept, so broadcast totals and the
 * offers counted by /stats stay, but loses everything that ties it to them:
 * - the recipient (an item without one is never sent: the sender records it as skipped);
 * - its text (a librarian's notice names the citizen) and any error text;
 * - a key that names the chat id becomes `forgotten:<item id>` (still unique);
 *   keys naming only an entry id stay: the entry itself is anonymous by then.
 * Journal rows of these items lose their recipient too.
 *
 * A notice about them that already reached someone else's chat (a librarian's
 * call card, "can't come") is edited there to say it was removed: the name and
 * phone leave that chat too, and so do its buttons.
 *
 * @example
 * await forgetRecipientInOutbox({ chatId: 1001, entryIds: ['6750…'] }, now);
 */
export async function forgetRecipientInOutbox(subject: { chatId: number; entryIds: string[] }, now: Date, reason: ForgetReason = 'asked'): Promise<number> {
  const chat = String(subject.chatId);
  const names = [chat, ...subject.entryIds.filter((id) => /^[0-9a-f]{24}$/i.test(id))];
  const namesSomeone = new RegExp(`(^|:)(${names.join('|')})(:|$)`);
  const namesChat = new RegExp(`(^|:)${chat}(:|$)`);
  const items = await DeliveryModel.find(
    { $or: [{ citizenId: subject.chatId }, { aboutCitizenId: subject.chatId }, { key: namesSomeone }] },
    { key: 1, citizenId: 1, messageId: 1 },
  ).lean();
  await enqueue(await replacementsOfSent(items, subject.chatId, forgottenKey('outbox-notice-forgotten', reason)), now);
  // One short write per item: a person has tens of items at most, and the test server runs one command at a time.
  for (const item of items) {
    await DeliveryModel.collection.updateOne(
      { _id: item._id },
      {
        $set: { message: FORGOTTEN_MESSAGE, ...(namesChat.test(item.key) ? { key: `forgotten:${String(item._id)}` } : {}) },
        $unset: { citizenId: '', aboutCitizenId: '', lastError: '' },
      },
    );
  }
  await sentJournal().updateMany({ $or: [{ _id: { $in: items.map((i) => i._id) } }, { citizenId: subject.chatId }] }, { $unset: { citizenId: '' } });
  return items.length;
}

/**
 * For each item sent to another chat (a notice about the person, not to them), an edit of that
 * message to "removed". Its id is in the ledger, or still only in the journal if the ledger has
 * not caught up yet.
 */
async function replacementsOfSent(
  items: Array<{ _id: Types.ObjectId; citizenId?: number | null; messageId?: number | null }>,
  forgottenChatId: number | undefined,
  textKey = 'outbox-notice-forgotten',
): Promise<OutboxItem[]> {
  const toOthers = items.filter((item) => typeof item.citizenId === 'number' && item.citizenId !== forgottenChatId);
  if (toOthers.length === 0) return [];
  const journalled = await sentJournal()
    .find({ _id: { $in: toOthers.map((item) => item._id) }, messageId: { $exists: true } })
    .toArray();
  const journalledIds = new Map(journalled.map((row) => [String(row._id), row.messageId]));
  return toOthers.flatMap((item) => {
    const messageId = item.messageId ?? journalledIds.get(String(item._id));
    if (typeof messageId !== 'number') return [];
    return [{
      key: `forgot:${String(item._id)}`,
      citizenId: item.citizenId!,
      priority: 'personal' as const,
      message: { text: { key: textKey }, replaces: messageId },
    }];
  });
}

/** Why a person's data went: they asked (/forget), or it was deleted for them (/forgetperson at the desk's request). */
export type ForgetReason = 'asked' | 'deleted';

const DELETED_KEYS = { 'outbox-notice-forgotten': 'notice-deleted', 'outbox-list-forgotten': 'list-deleted', 'view-closed-forgotten': 'view-closed-deleted' };

/** The words of a notice edited once the person is forgotten: «попросил удалить» only when they asked (probe31 L3). */
export const forgottenKey = (key: keyof typeof DELETED_KEYS, reason: ForgetReason = 'asked'): string => (reason === 'asked' ? key : DELETED_KEYS[key]);

/** What a forgotten item holds instead of its message (valid JSON of an empty OutgoingMessage). */
export const FORGOTTEN_MESSAGE = JSON.stringify({ text: { raw: '' } });

/**
 * A message that names several people (a librarian's daily call list, keys
 * `calllist:…`) has no one `aboutCitizenId`: when one of them is forgotten,
 * every such item whose text holds `needle` (their phone) loses its text. One
 * already in the librarian's chat is edited there to say the list changed
 * (the others on it are in /calls). `what: 'notice'`: a notice about someone
 * else that names them besides (probe38: «Место предложено следующему: …»),
 * edited to say a message was removed.
 */
export async function forgetNamedInOutbox(keyPrefix: string, needle: string, now: Date, reason: ForgetReason = 'asked', what: 'list' | 'notice' = 'list'): Promise<number> {
  if (!needle) return 0;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // As the stored message (JSON) holds it: a name with a quote in it is escaped there.
  const filter = { key: { $regex: `^${escape(keyPrefix)}` }, message: { $regex: escape(JSON.stringify(needle).slice(1, -1)) } };
  const items = await DeliveryModel.find(filter, { citizenId: 1, messageId: 1 }).lean();
  await enqueue(await replacementsOfSent(items, undefined, forgottenKey(what === 'list' ? 'outbox-list-forgotten' : 'outbox-notice-forgotten', reason)), now);
  const result = await DeliveryModel.collection.updateMany(filter, { $set: { message: FORGOTTEN_MESSAGE } });
  return result.modifiedCount;
}
