import type { TimeOfDay } from '../../src/db/models/waitlist-entry.js';
import { defineCallbackData } from '../../src/domain/callback-data.js';
import { remember } from '../shared/question-memory.js';

/**
 * "← Back" under "without consent nothing was saved" (walk s20 #37: a mis-tap on "I do not agree" was a dead end):
 * it asks for consent again with the answers given before it. Declining stores nothing (no trace, not even the chat
 * id), so those answers (a course, a center, a time of day: nothing personal) are kept here, in this process's memory
 * only, for an hour; after a restart the button says it no longer works, and the menu's "Join" starts again.
 */
export const consentBackData = defineCallbackData('consent', { back: null });

export interface DeclinedJoin {
  partnerId?: string;
  /** The center chosen before the flow (its card, a partner of one center): the steps count without it. */
  centerId?: string;
  resume: { courseId: string; centerId: string; timeOfDay: TimeOfDay };
}

const KEPT_MS = 60 * 60 * 1000;
const byChat = new Map<number, { join: DeclinedJoin; at: number }>();

/** Kept for the chat; the oldest chats are forgotten first when the memory is full. */
export function rememberDeclined(chatId: number, join: DeclinedJoin): void {
  remember(byChat, chatId, { join, at: Date.now() });
}

/** The answers kept for the chat (once: the button is for one Back), or undefined when none or too old. */
export function takeDeclined(chatId: number): DeclinedJoin | undefined {
  const kept = byChat.get(chatId);
  byChat.delete(chatId);
  return kept && Date.now() - kept.at < KEPT_MS ? kept.join : undefined;
}
