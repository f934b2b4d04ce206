import { randomUUID } from 'node:crypto';
import { RECEIVED_UPDATE_TTL_SECONDS, ReceivedUpdateModel } from '../models/received-update.js';

/** This process's id on the updates it claims: an update another process claimed and never finished was interrupted. */
export const THIS_PROCESS = randomUUID();

/** Whom to tell if the handling of an update is cut off (the process is killed). */
export interface UpdateChat {
  chatId: number;
  language: string;
}

/** An update as Telegram sent it; only its update_id is read here. */
export interface RawUpdate {
  update_id: number;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

/**
 * Marks an update as being handled. True for the first caller only: a second
 * delivery of the same update_id (a webhook retry, a restart that polls it
 * again, another process) gets false and must skip it.
 *
 * @example
 * if (!(await claimUpdate(update.update_id, new Date()))) return; // seen before
 */
export async function claimUpdate(updateId: number, now: Date, chat?: UpdateChat): Promise<boolean> {
  try {
    // Matches an unclaimed stored update, or inserts a new row; a claimed row makes the upsert collide on _id.
    // A claimed update is never handled again, so its stored content (a webhook's: names, text) goes now:
    // a kill during the handling leaves nothing of what the person wrote.
    const answerTo = chat ? { answerTo: chat.chatId, language: chat.language } : {};
    await ReceivedUpdateModel.updateOne(
      { _id: updateId, claimedAt: { $exists: false } },
      { $set: { claimedAt: now, claimedBy: THIS_PROCESS, ...answerTo }, $unset: { json: 1 }, $setOnInsert: { receivedAt: now } },
      { upsert: true },
    );
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/**
 * Stores an incoming update before Telegram is answered, so that it is handled
 * even if the process stops right after. False when this update_id is already
 * stored (a redelivery): it is then neither stored nor handled again.
 */
export async function storeIncomingUpdate(update: RawUpdate, now: Date): Promise<boolean> {
  try {
    await ReceivedUpdateModel.create({ _id: update.update_id, json: JSON.stringify(update), receivedAt: now });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** The update was handled (or failed and was apologised for): its chat is not kept. */
export async function finishUpdate(updateId: number): Promise<void> {
  await ReceivedUpdateModel.updateOne({ _id: updateId }, { $unset: { answerTo: 1, language: 1 } });
}

/** An update whose handling was cut off: another process claimed it before `claimedBefore` and never finished. */
export interface InterruptedUpdate extends UpdateChat {
  updateId: number;
}

export async function interruptedUpdates(claimedBefore: Date, limit = 500): Promise<InterruptedUpdate[]> {
  const rows = await ReceivedUpdateModel.find(
    { answerTo: { $exists: true }, claimedAt: { $lt: claimedBefore }, claimedBy: { $ne: THIS_PROCESS } },
    { answerTo: 1, language: 1 },
  )
    .sort({ _id: 1 })
    .limit(limit)
    .lean();
  return rows.map((row) => ({ updateId: row._id, chatId: row.answerTo!, language: row.language ?? '' }));
}

/** Forgets the chats of these updates (told, or nobody to tell). */
export async function finishUpdates(updateIds: number[]): Promise<void> {
  await ReceivedUpdateModel.updateMany({ _id: { $in: updateIds } }, { $unset: { answerTo: 1, language: 1 } });
}

/** /forget: no update record keeps the chat (one cut off before the sweep told them). */
export async function forgetChatInUpdates(chatId: number): Promise<void> {
  await ReceivedUpdateModel.updateMany({ answerTo: chatId }, { $unset: { answerTo: 1, language: 1 } });
}

/** Forgets the update's content once it was handled or dropped unclaimed (a flood's): the update_id stays, for de-duplication. */
export async function dropUpdateContent(updateId: number): Promise<void> {
  await ReceivedUpdateModel.updateOne({ _id: updateId }, { $unset: { json: 1 } });
}

/** Stored updates nobody started to handle (the process stopped first), oldest first. */
export async function unclaimedUpdates(limit = 1000): Promise<RawUpdate[]> {
  const rows = await ReceivedUpdateModel.find({ json: { $exists: true }, claimedAt: { $exists: false } }, { json: 1 })
    .sort({ _id: 1 })
    .limit(limit)
    .lean();
  return rows.map((row) => JSON.parse(row.json!) as RawUpdate);
}

/** Forgets update_ids received more than three days ago: Telegram never delivers those again. */
export async function forgetOldUpdates(now: Date): Promise<number> {
  const before = new Date(now.getTime() - RECEIVED_UPDATE_TTL_SECONDS * 1000);
  const { deletedCount } = await ReceivedUpdateModel.deleteMany({ receivedAt: { $lt: before } });
  return deletedCount;
}
