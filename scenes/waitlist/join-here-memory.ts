import { remember } from '../shared/question-memory.js';

/**
 * The center whose card (or list of one) a chat was shown last, with its «📝 Записаться сюда»: the label typed
 * instead of pressed joins there too, not at a center asked again (walk29 W29-09: «join here» typed started the
 * menu's join, and a move then asked the town a third time). In this process's memory only, for an hour; after a
 * restart the typed label is the menu's join, as before.
 */
const KEPT_MS = 60 * 60 * 1000;
const byChat = new Map<number, { centerId: string; at: number }>();

export function rememberJoinHere(chatId: number, centerId: string): void {
  remember(byChat, chatId, { centerId, at: Date.now() });
}

/** The center last shown with «Записаться сюда» in the chat, or undefined when none or too old. */
export function joinHereOf(chatId: number): string | undefined {
  const kept = byChat.get(chatId);
  return kept && Date.now() - kept.at < KEPT_MS ? kept.centerId : undefined;
}

/** Shown a list of several (or anything that ends the card's turn): the typed label no longer means that center. */
export function forgetJoinHere(chatId: number): void {
  byChat.delete(chatId);
}
