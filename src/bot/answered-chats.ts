import { remember } from '../../scenes/shared/question-memory.js';

/**
 * The chats this process has answered since it started, each with the update_id answered last (the most recent
 * 10,000 chats). After a restart the person whose message was cut off often repeats it at once and gets the
 * answer: the sweep then does not ask them to repeat it again (interrupted-updates.ts; probe s20 F9). Kept in
 * memory, not on the update records: those keep no chat once handled, and a look-up by chat there would cost
 * every update a scan on the embedded database.
 */
const answered = new Map<number, number>();

/** An update of this chat was handled (or failed and was apologised for). */
export function noteAnswered(chatId: number, updateId: number): void {
  remember(answered, chatId, Math.max(updateId, answered.get(chatId) ?? 0));
}

/** The last update_id of this chat this process answered, if any. */
export const lastAnswered = (chatId: number): number | undefined => answered.get(chatId);
