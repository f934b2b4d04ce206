import type { Context } from 'grammy';
import type { Checkpoint } from '@grammyjs/conversations';
import type { SceneContext, SceneConversation } from './context.js';

/**
 * What Questions (questions.ts) keeps beside a conversation's stored log: the
 * log is replayed on every update and rewound on Back, so these live on the
 * update being handled, or per chat in memory.
 */

/** By question number: what was typed (ask) or ticked (many). */
export type Answers = Record<string, string | string[]>;

/**
 * Answers given before a Back, for the questions asked again: a rewind forgets
 * everything after the checkpoint, so they are kept on the update being handled.
 */
export const answersBeforeBack = new WeakMap<object, Answers>();

/**
 * What question `token` had as its answer before a Back: what was typed, when the question shows it (`typed`), and
 * what was ticked, only if every value is one of this question's (another path may have asked something else under
 * this number). Only where it is shown: what was typed is kept in the stored log no more than it must be.
 */
export function answerBeforeBack(outer: object, token: string, wanted: { typed: boolean; values?: string[] }) {
  const answered = answersBeforeBack.get(outer)?.[token];
  return {
    typedBefore: wanted.typed && typeof answered === 'string' ? answered : undefined,
    chosenBefore: wanted.values && Array.isArray(answered) && answered.every((v) => wanted.values!.includes(v)) ? answered : undefined,
  };
}

/**
 * An answer given before its question was asked («хочу на госуслуги в Топках», walk30 W30-11): taken without asking,
 * with a checkpoint among the questions asked (`asked`), so Back from the next question comes here; then, on that
 * Back, undefined: the question is asked. `counted` keeps the questions' numbers as if it had been asked.
 */
export async function takeGiven(conversation: SceneConversation, asked: Checkpoint[], value: string, counted: () => void): Promise<string | undefined> {
  const mark = conversation.checkpoint();
  if (await conversation.external((outer) => answersBeforeBack.has(outer))) return undefined;
  asked.push(mark);
  counted();
  return value;
}

/** Updates on which rewindTo sent its note: the question asked again goes below the note, not in place. */
export const notedBeforeRewind = new WeakSet<object>();

/*
 * What a chat shows that the log does not know, per chat (forgotten on a
 * restart: the flow then edits its steps in, as before).
 *
 * - lastHint: the last hint ("please press a button") sent while a question
 *   waited. A hint answers an update the flow skips, so it is not in the log;
 *   with it, the next step knows the pressed question is no longer the bottom
 *   of the chat and comes as a new message below the hints, not edited in above.
 * - menuGoneIn: chats where a reply keyboard (phone, location) replaced the
 *   main menu during a flow, until the flow's last message brings it back.
 */
const lastHint = new Map<number, number>();
const menuGoneIn = new Map<number, true>();

/**
 * Sets a chat's entry in a per-chat memory of this process; the oldest chats are forgotten first when it is full
 * (10,000 chats). Every per-chat memory of the flows keeps to it.
 */
export function remember<V>(memory: Map<number, V>, chatId: number, value: V) {
  memory.delete(chatId);
  memory.set(chatId, value);
  if (memory.size > 10_000) memory.delete(memory.keys().next().value!);
}

/** Replies with a hint to something that is not an answer, and remembers it is now the bottom of the chat. */
export async function hintBelow(ctx: SceneContext, text: string, other: Parameters<Context['reply']>[1] = {}) {
  const sent = await ctx.reply(text, other);
  remember(lastHint, sent.chat.id, sent.message_id);
  return sent;
}

/** The pressed question, unless a hint was sent below it (the next step then comes as a new message). */
export function unlessHintedBelow<T extends { chatId: number; messageId: number }>(pressed: T | undefined): T | undefined {
  return pressed && (lastHint.get(pressed.chatId) ?? 0) > pressed.messageId ? undefined : pressed;
}

/** Whether a reply keyboard replaced the chat's main menu during a flow. */
export const menuGone = {
  set: (chatId: number) => remember(menuGoneIn, chatId, true),
  has: (chatId: number) => menuGoneIn.has(chatId),
  clear: (chatId: number) => void menuGoneIn.delete(chatId),
};
