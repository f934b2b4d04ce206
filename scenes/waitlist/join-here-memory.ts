import { remember } from '../shared/question-memory.js';

/**
 * The center whose card (or list of one) a chat was shown last, with its «📝 Записаться сюда»: the label typed
 * instead of pressed joins there too, not at a center asked again (walk29 W29-09: «join here» typed started the
 * menu's join, and a move then asked the town a third time). For an hour by the bot's clock (`now`, the deps' clock
 * the callers pass, so tests and the emulator's clock agree).
 *
 * This process's memory is enough: losing it (a restart, or another process taking the update in webhook mode) costs
 * one question, not a place. The typed label is then the menu's join, which asks the course, town and center as it
 * always did; the button itself carries its center and never needs this. Nothing a person gave is lost, so it is not
 * worth a session write on every card shown.
 */
const KEPT_MS = 60 * 60 * 1000;
const byChat = new Map<number, { centerId: string; at: number }>();

export function rememberJoinHere(chatId: number, centerId: string, now: Date): void {
  remember(byChat, chatId, { centerId, at: now.getTime() });
}

/** The center last shown with «Записаться сюда» in the chat, or undefined when none or too old. */
export function joinHereOf(chatId: number, now: Date): string | undefined {
  const kept = byChat.get(chatId);
  return kept && now.getTime() - kept.at < KEPT_MS ? kept.centerId : undefined;
}

/** Shown a list of several (or anything that ends the card's turn): the typed label no longer means that center. */
export function forgetJoinHere(chatId: number): void {
  byChat.delete(chatId);
}
