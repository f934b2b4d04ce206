import { CitizenModel } from '../db/models/citizen.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel, sentJournal } from './model.js';
import { FORGOTTEN_MESSAGE, forgetRecipientInOutbox } from './forget.js';
import type { RecipientState } from './recipients.js';
import { cancelPending, enqueue, type OutboxItem } from './store.js';

/**
 * A Telegram account is unlinked from a record made at the library (src/domain/unlink-telegram.ts): what the outbox
 * sent or was to send to that chat was about the record's person (her offers, reminders, notices), so it keeps
 * nothing that ties her to the chat any more, and an unsent one is never sent (an item without a recipient is skipped).
 * Items to staff about her stay hers: they were moved to her desk record's id (reassignAboutCitizen) before this, and
 * here their keys that named the chat name that record instead (`absent:<lesson>:<chat>` to a librarian), so the
 * account's id leads to nothing of hers. Safe to repeat. Returns how many items to the chat were emptied.
 *
 * The chat is told too (fix36d), durably: `farewell` (a locale key) is one message to it, and her messages there that
 * carried buttons (an offer, a reminder) are edited to say they no longer work, their buttons and words gone. The
 * account is nobody's record by the time these are sent, so they are keyed `unlinked-chat:<language>:…` (farewellKey), and
 * the sender sends such items, and only such, to a chat it knows no one by (formerAccounts). They are enqueued
 * before the emptying, which leaves them be, so a repeat after a crash finds the same messages and adds nothing twice;
 * once sent, the sender takes the chat's id off them (forgetSentToFormerAccount; the privacy job's
 * forgetToldFormerAccounts, one sent before the unlink's last step). No farewell when he pressed the
 * button himself (its answer says it); the edits always.
 */
export async function unlinkChatInOutbox(
  chatId: number,
  recordId: number,
  tell: { language: Locale; farewell?: string; startedAt: Date; now: Date },
): Promise<number> {
  const namesChat = new RegExp(`(^|:)${chatId}(:|$)`);
  const toChat = (await DeliveryModel.find({ citizenId: chatId }, { key: 1, message: 1, messageId: 1 }).lean()).filter((item) => !isFormerAccountKey(item.key));
  await enqueue(await messagesToFormerAccount(chatId, recordId, toChat, tell), tell.now);
  for (const item of toChat) {
    await DeliveryModel.collection.updateOne(
      { _id: item._id },
      {
        $set: { message: FORGOTTEN_MESSAGE, ...(namesChat.test(item.key) ? { key: `unlinked:${String(item._id)}` } : {}) },
        $unset: { citizenId: '', aboutCitizenId: '', lastError: '' },
      },
    );
  }
  await sentJournal().updateMany({ citizenId: chatId }, { $unset: { citizenId: '' } });
  const everyMention = new RegExp(`(^|:)${chatId}(?=:|$)`, 'g');
  for (const item of await DeliveryModel.find({ key: namesChat }, { key: 1 }).lean()) {
    if (isFormerAccountKey(item.key)) continue;
    await DeliveryModel.collection.updateOne({ _id: item._id }, { $set: { key: item.key.replace(everyMention, `$1${recordId}`) } });
  }
  return toChat.length;
}

const FORMER_ACCOUNT = 'unlinked-chat:';
const isFormerAccountKey = (key: string) => key.startsWith(FORMER_ACCOUNT);

/** The farewell, and an edit of each message with buttons delivered to the chat (its id in the ledger or the journal). */
async function messagesToFormerAccount(
  chatId: number,
  recordId: number,
  toChat: Array<{ _id: unknown; message: string; messageId?: number | null }>,
  tell: { language: Locale; farewell?: string; startedAt: Date },
): Promise<OutboxItem[]> {
  const prefix = `${FORMER_ACCOUNT}${tell.language}:${chatId}:`;
  const withButtons = toChat.filter((item) => ((JSON.parse(item.message) as OutgoingMessage).buttons?.length ?? 0) > 0);
  const journalled = await sentJournal()
    .find({ _id: { $in: withButtons.map((item) => item._id as never) }, messageId: { $exists: true } })
    .toArray();
  const edits = withButtons.flatMap((item) => {
    const messageId = item.messageId ?? journalled.find((row) => String(row._id) === String(item._id))?.messageId;
    return typeof messageId === 'number' ? [{ key: `${prefix}edit:${messageId}`, message: { text: { key: 'unlinked-old-message' }, replaces: messageId } }] : [];
  });
  const farewell = tell.farewell ? [{ key: farewellKey(recordId, tell.language, tell.startedAt), message: { text: { key: tell.farewell } } }] : [];
  return [...edits, ...farewell].map((m) => ({ ...m, citizenId: chatId, priority: 'personal' as const }));
}

/**
 * One farewell per unlink (her record and the start of its mark), whichever run enqueues it. Named by her record, not
 * the chat: the key outlives the chat's id on the item (toldByOwnAnswer), and must lead to nothing of his.
 */
const farewellKey = (recordId: number, language: Locale, startedAt: Date) => `${FORMER_ACCOUNT}${language}:told:${recordId}:${startedAt.getTime()}`;

/**
 * The account's owner pressed «Отвязать» himself and his unlink is done: the button's answer tells him, so a farewell
 * a librarian's press at the same moment enqueues for this unlink is not sent (probe38 L1). Its key is taken here,
 * already withdrawn (`notAfter` past: every sender skips it), so a run that enqueues it later adds nothing, and one
 * enqueued before is withdrawn if still unsent (one being sent at this moment goes: both are true). Only once the
 * unlink is done: a run cut off before is finished by the privacy job, and its farewell must go.
 */
export async function toldByOwnAnswer(recordId: number, language: Locale, startedAt: Date, now: Date): Promise<void> {
  const key = farewellKey(recordId, language, startedAt);
  // To her record (no Telegram: never sent, as its `notAfter` says too), so nothing here names his chat.
  await enqueue([{ key, citizenId: recordId, priority: 'personal', message: { text: { key: 'unlink-finished' } }, notAfter: new Date(0) }], now);
  await cancelPending(key, 'told by his own answer');
}

/**
 * Chats the bot knows no one by that have a message to a former account waiting (see unlinkChatInOutbox): their
 * language is the one in its key; `only` keeps anything else to that chat unsent.
 */
export async function formerAccounts(chatIds: number[]): Promise<Map<number, RecipientState>> {
  const found = new Map<number, RecipientState>();
  if (chatIds.length === 0) return found;
  const waiting = await DeliveryModel.find({ citizenId: { $in: chatIds }, status: 'pending', key: { $regex: `^${FORMER_ACCOUNT}` } }, { key: 1, citizenId: 1 }).lean();
  for (const item of waiting) {
    const language = item.key.slice(FORMER_ACCOUNT.length).split(':')[0] === 'en' ? 'en' : 'ru';
    if (typeof item.citizenId === 'number') found.set(item.citizenId, { language, reachable: true, only: FORMER_ACCOUNT });
  }
  return found;
}

/**
 * Messages to former accounts that were sent (or ended otherwise) lose the chat's id, in their recipient and key, as
 * /forget's items do: the ledger keeps no trace that this account was ever linked. Not while that account's unlink is
 * still under way (its repeat must find the keys to add nothing twice). Run by the privacy job. Returns how many.
 */
export async function forgetToldFormerAccounts(): Promise<number> {
  const ended = await DeliveryModel.find({ key: { $regex: `^${FORMER_ACCOUNT}` }, status: { $ne: 'pending' } }, { citizenId: 1 }).lean();
  if (ended.length === 0) return 0;
  const chats = ended.flatMap((item) => (typeof item.citizenId === 'number' ? [item.citizenId] : []));
  const unlinking = new Set((await CitizenModel.find({ _id: { $in: chats }, unlinkingTo: { $exists: true } }, { _id: 1 }).lean()).map((c) => c._id));
  const done = ended.filter((item) => typeof item.citizenId !== 'number' || !unlinking.has(item.citizenId));
  for (const item of done) {
    await DeliveryModel.collection.updateOne({ _id: item._id }, { $set: { key: `unlinked:${String(item._id)}` }, $unset: { citizenId: '' } });
  }
  await sentJournal().updateMany({ _id: { $in: done.map((item) => item._id) } }, { $unset: { citizenId: '' } });
  return done.length;
}

/**
 * One message to a former account, just sent or refused with 403: the account's id off it at once (probe38), as the
 * privacy job's forgetToldFormerAccounts does later. Not while that account's unlink is still under way (the sender can
 * be quicker than the unlink's last step): a repeat must find the key, so that one waits for the privacy job.
 */
export async function forgetSentToFormerAccount(item: { _id: unknown; citizenId?: number }): Promise<void> {
  if (item.citizenId === undefined) return;
  if (await CitizenModel.exists({ _id: item.citizenId, unlinkingTo: { $exists: true } })) return;
  await DeliveryModel.collection.updateOne({ _id: item._id as never }, { $set: { key: `unlinked:${String(item._id)}` }, $unset: { citizenId: '' } });
  await sentJournal().updateOne({ _id: item._id as never }, { $unset: { citizenId: '' } });
}

/**
 * An item the sender skipped: to nobody it knows (a citizen who used /forget after a job had read them), every item
 * to that chat is forgotten; to a former account, but not its farewell (a job read her before the unlink), that item.
 */
export async function forgetSkippedRecipient(item: { _id: unknown; key: string; citizenId?: number }, to: RecipientState | undefined, now: Date): Promise<void> {
  if (item.citizenId === undefined) return;
  if (!to) await forgetRecipientInOutbox({ chatId: item.citizenId, entryIds: [] }, now);
  else if (to.only && !item.key.startsWith(to.only)) {
    await DeliveryModel.collection.updateOne({ _id: item._id as never }, { $set: { message: FORGOTTEN_MESSAGE, key: `unlinked:${String(item._id)}` }, $unset: { citizenId: '' } });
  }
}
