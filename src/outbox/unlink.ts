import { DeliveryModel, sentJournal } from './model.js';
import { FORGOTTEN_MESSAGE } from './forget.js';

/**
 * A Telegram account is unlinked from a record made at the library (src/domain/unlink-telegram.ts): what the outbox
 * sent or was to send to that chat was about the record's person (her offers, reminders, notices), so it keeps
 * nothing that ties her to the chat any more, and an unsent one is never sent (an item without a recipient is skipped).
 * Items to staff about her stay hers: they were moved to her desk record's id (reassignAboutCitizen) before this, and
 * here their keys that named the chat name that record instead (`absent:<lesson>:<chat>` to a librarian), so the
 * account's id leads to nothing of hers. Safe to repeat. Returns how many items to the chat were emptied.
 */
export async function unlinkChatInOutbox(chatId: number, recordId: number): Promise<number> {
  const namesChat = new RegExp(`(^|:)${chatId}(:|$)`);
  const toChat = await DeliveryModel.find({ citizenId: chatId }, { key: 1 }).lean();
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
    await DeliveryModel.collection.updateOne({ _id: item._id }, { $set: { key: item.key.replace(everyMention, `$1${recordId}`) } });
  }
  return toChat.length;
}
