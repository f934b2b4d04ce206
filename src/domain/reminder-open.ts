import { fromJsonText } from '../db/json-text.js';
import type { OutgoingMessage } from '../notify/notifier.js';
import { DeliveryModel } from '../outbox/model.js';

/**
 * A lesson reminder's «Вы придёте?» answered in words (walk30 W30-06): the reminder counts when it is the newest
 * message with buttons the outbox delivered to the chat (a seat offer or another reminder after it is newer).
 */
export interface ReminderAsked {
  lessonId: string;
  messageId: number;
  sentAt?: Date;
}

/** How many of the chat's newest delivered messages are looked through for one with buttons. */
const LOOK_BACK = 20;

/** The reminder whose question is the newest the outbox asked in this chat, or undefined. */
export async function newestReminderAsked(chatId: number): Promise<ReminderAsked | undefined> {
  const rows = await DeliveryModel.find({ citizenId: chatId, messageId: { $exists: true } }, { key: 1, messageId: 1, message: 1, doneAt: 1 })
    .sort({ messageId: -1 })
    .limit(LOOK_BACK)
    .lean();
  const asking = rows.find((row) => (fromJsonText<OutgoingMessage>(row.message).buttons?.length ?? 0) > 0);
  const match = asking && /^rem:([0-9a-f]{24}):(?:day|soon):/.exec(asking.key);
  if (!asking || !match || typeof asking.messageId !== 'number') return undefined;
  return { lessonId: match[1]!, messageId: asking.messageId, ...(asking.doneAt ? { sentAt: asking.doneAt } : {}) };
}

/** Whether a reminder with its question reached this chat within the last three days (whose answer in words matters). */
export async function remindedLately(chatId: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - 3 * 24 * 3600_000);
  return Boolean(await DeliveryModel.exists({ citizenId: chatId, key: { $regex: '^rem:' }, messageId: { $exists: true }, doneAt: { $gt: since } }));
}
