import { remember } from '../shared/question-memory.js';

/**
 * The distances to the nearest centers as measured from a precise shared point,
 * per chat, in this process's memory only. The stored replay log keeps the
 * point at town level and the centers without distances: three to five
 * distances to known libraries, to 0.1 km, would give the precise point away
 * again (src/bot/conversation-storage.ts). A replay that shows the list again
 * (Back to it) reads them here, so it shows what the first list showed; after a
 * restart, or on another process, there are none, and the list shows no
 * distances rather than ones measured from the town-level point (walk s18 item 3).
 */
const byChat = new Map<number, { ids: string; km: number[] }>();

/** Kept for the centers in this order; the oldest chats are forgotten first when the memory is full. */
export function rememberDistances(chatId: number, centerIds: string[], km: number[]): void {
  remember(byChat, chatId, { ids: centerIds.join('\n'), km });
}

/** The distances measured for exactly these centers in this order, or undefined. */
export function rememberedDistances(chatId: number | undefined, centerIds: string[]): number[] | undefined {
  const kept = chatId === undefined ? undefined : byChat.get(chatId);
  return kept && kept.ids === centerIds.join('\n') ? kept.km : undefined;
}
