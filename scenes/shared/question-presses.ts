import type { Checkpoint } from '@grammyjs/conversations';
import type { Keyboard } from 'grammy';
import type { SceneContext, SceneConversation } from './context.js';
import { hintBelow, menuGone } from './question-memory.js';
import { mainMenu } from './keyboards.js';
import { closedForForgetting } from '../../src/domain/shown-views.js';
import { notHeardText } from './not-heard.js';
import { BACK, CANCEL, DONE, isChoiceData, parseQuestionData as parse, pressedMessage } from './question-data.js';
import { closeQuestion } from './question-messages.js';
import { labelInSentence, labelsMeant, sameAsLabel, singleLine, wordsTyped } from '../../src/domain/text.js';
import { yesNoOfWords } from '../../src/domain/yes-no-words.js';
import { asksCost } from '../../src/domain/cost-words.js';

/* What a waiting question (questions.ts) makes of an update: a press on its own message, or anything else. */

/** A question as it was sent: its message, its number (base 36) and whether it has Back. */
export interface Shown {
  messageId: number;
  token: string;
  back: boolean;
  /** The flow's first question: Back typed on it cancels (typedLeave). */
  first?: boolean;
  /** The first question's Back to the screen the flow came from (another feature's button data). */
  backTo?: string;
}

/** A press on this question's message with this question's number, and a button it has. */
export function isPressOn(shown: Shown, ctx: SceneContext, options: number, done = false) {
  const query = ctx.callbackQuery;
  if (!query?.data || query.message?.message_id !== shown.messageId) return false;
  const { token, value } = parse(query.data);
  if (token !== shown.token) return false;
  if (value === CANCEL) return true;
  if (value === DONE) return done;
  if (value === BACK) return shown.back;
  return isChoiceData(query.data, token, value, options);
}

/** More labels than this fitting a typed word are not read out (a word of every center's name): the buttons are. */
const MEANT_NAMED = 4;

/**
 * Anything else while a question waits: a message is told what the question
 * takes (its buttons, or typed words: a sticker at the name step is not told
 * to press a button it does not have), stale presses are told so.
 */
export async function refuse(ctx: SceneContext, shown: Shown, hint = 'use-buttons', choices: Array<{ label: string }> = [], aside?: (text: string) => string | undefined) {
  const query = ctx.callbackQuery;
  // A question about the step itself («а можно по субботам?»): answered, and the question still waits.
  // «А это платно?» on any question: the classes are free (walk35w), and the question waits on.
  const answered = ctx.message?.text === undefined ? undefined : (aside?.(ctx.message.text) ?? (asksCost(ctx.message.text) ? ctx.t('cost-free-aside') : undefined));
  if (answered) return hintBelow(ctx, answered);
  // A word of several buttons' labels ("интернете" for three courses): which ones, by name (walk s22 W22-02).
  const meant = ctx.message?.text === undefined ? [] : labelsMeant(choices.map((c) => c.label), ctx.message.text);
  if (meant.length >= 2 && meant.length <= MEANT_NAMED) {
    const labels = meant.map((i) => ctx.t('answer-which-line', { label: choices[i]!.label })).join('\n');
    return hintBelow(ctx, ctx.t('answer-which', { typed: singleLine(ctx.message!.text!).slice(0, 40), labels }));
  }
  // A voice message or a sticker is told it is not heard, with the phone for who would rather talk (walk s21 W21-08).
  if (!query) return hintBelow(ctx, (await notHeardText(ctx, ctx.t(hint))) ?? (hint === 'use-buttons' ? typedExamples(ctx, choices) : undefined) ?? ctx.t(hint));
  const asked = parseInt(parse(query.data ?? '').token, 36);
  const earlier = query.message?.message_id === shown.messageId && asked < parseInt(shown.token, 36);
  return ctx.answerCallbackQuery({ text: ctx.t(earlier ? 'question-answered' : 'button-outdated') });
}

/** At most this many answers, of at most two words each, are named as what may be typed. */
const EXAMPLES_NAMED = 4;

/**
 * A text that matched no button, on a question of a few short ones: what may be typed, named («Напишите, например:
 * утром, днём, вечером, не важно»): a person who types may not see the buttons (walk28 W28-01). Answers typed only
 * (unlisted) share a button's value and are left out.
 */
function typedExamples(ctx: SceneContext, choices: Array<{ label: string; value?: string }>): string | undefined {
  if (ctx.message?.text === undefined) return undefined;
  const seen = new Set<string | undefined>();
  const shown = choices.filter((choice) => !seen.has(choice.value ?? choice.label) && seen.add(choice.value ?? choice.label));
  const labels = shown.map((choice) => choice.label.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  if (labels.length < 2 || labels.length > EXAMPLES_NAMED || labels.some((label) => !label || label.split(/\s+/).length > 2)) return undefined;
  return ctx.t('use-buttons-or-type', { labels: labels.map((label) => label.toLowerCase()).join(', ') });
}

/**
 * A question's message closed from elsewhere: a person's card (/find, /forgetperson, /add's "the same person?") edited
 * to "message removed" when that person's data was deleted (task28 fixC, closeViewsNaming). What she sends next ends
 * the flow with the reason, instead of "press one of the buttons" under a message that has none (task28 fixF).
 * Called where the question would refuse the update (its `otherwise`: a live update, never a replayed one), so the
 * database is read here, not in the stored log; else `otherwise` answers as before. The deletion also ends such a flow
 * (deleteConversationsNaming, probe29 M2): this is for one whose update was running then and stored its state again.
 */
export async function endIfClosed(conversation: SceneConversation, ctx: SceneContext, shown: Shown, otherwise: () => Promise<unknown>): Promise<unknown> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined || !(await closedForForgetting(chatId, shown.messageId))) return otherwise();
  return endClosed(conversation, ctx, chatId);
}

/**
 * A TYPED answer (a button's label, a town) to a question naming people (AskOptions.shown) whose card /forget closed
 * meanwhile ends the flow the same way (walk s28 W28-21: a typed «Юрга» carried a move on for a forgotten person).
 * Read through external(): it runs after the wait, where a replay must see the same answer.
 */
export async function endIfClosedTyped(conversation: SceneConversation, answer: SceneContext, shown: Shown, naming: boolean): Promise<void> {
  const chatId = answer.chat?.id;
  if (!naming || !answer.message || chatId === undefined) return;
  if (await conversation.external(() => closedForForgetting(chatId, shown.messageId))) await endClosed(conversation, answer, chatId);
}

async function endClosed(conversation: SceneConversation, ctx: SceneContext, chatId: number): Promise<never> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.reply(ctx.t('question-card-closed'), { reply_markup: mainMenu(ctx) });
  menuGone.clear(chatId);
  return conversation.halt();
}

/**
 * A button's label typed instead of tapped is that button: the index of the choice typed, or -1. On a question
 * that takes no typed answer, also "да" / "нет" for its yes / no choice, and the start or a word of one label only
 * ("основы" for the course, walk s20 #3; "гоголя" for a center, walk s21 W21-06).
 */
export function labelTyped(choices: Array<{ label: string; value: string }>, starts: boolean, yesNo: { yes?: string; no?: string } = {}) {
  const labels = choices.map((choice) => sameAsLabel(choice.label));
  const exact = (text: string) => labels.findIndex((label) => label.test(text));
  // "да" / "нет" typed: the question's one yes (or no) choice, when it has one (walk s21 W21-05).
  const yesOrNo = (text: string) => {
    const word = yesNoOfWords(text);
    return word ? choices.findIndex((choice) => choice.value === yesNo[word]) : -1;
  };
  // Else the start of one label, or a word of one label only ("гоголя" for the library named after Gogol: walk s21 W21-06).
  // Or a short sentence with one label's word in it («лучше днём», walk28 W28-01).
  const names = choices.map((choice) => choice.label);
  const started = (text: string, meant = labelsMeant(names, text)) => (meant.length === 1 ? meant[0]! : meant.length === 0 ? labelInSentence(names, text) : -1);
  const typed = (text: string) => (exact(text) >= 0 || !starts ? exact(text) : yesOrNo(text) >= 0 ? yesOrNo(text) : started(text));
  return (c: SceneContext) => (c.message?.text === undefined ? -1 : typed(c.message.text.trim()));
}

/** Whether the message came from a button of this reply keyboard: its label, or a contact or point its button shares. */
export function pressedOn(keyboard: Keyboard, answer: SceneContext): boolean {
  const message = answer.message!;
  if (message.contact || message.location || message.venue) return true;
  return keyboard.keyboard.flat().some((button) => (typeof button === 'string' ? button : button.text) === message.text);
}

/**
 * A forwarded message is someone else's words (a citizen's text, a colleague's note): taken as
 * the answer it would put them into a group's room or a person's name unnoticed (probe s16 F7).
 * Typed answers and reply-keyboard answers must be the person's own. A file for `receive` may be
 * forwarded: a list sent on by a colleague is still the list.
 */
export const isForwarded = (ctx: SceneContext) => ctx.message?.forward_origin !== undefined;

/** The words for Back and Cancel in either language, whatever language the bot speaks to the person. */
const LEAVE_WORDS = { 'btn-back': /^(назад|вернуться|back|go back)$/, 'btn-cancel': /^(отмена|отменить|cancel)$/ };

/** Back or Cancel pressed on a reply keyboard, or typed ("назад", "BACK", without the arrow): older people often type. */
export const said = (ctx: SceneContext, key: 'btn-back' | 'btn-cancel') => {
  const text = (ctx.message?.text ?? '').trim();
  return sameAsLabel(ctx.t(key)).test(text) || LEAVE_WORDS[key].test(wordsTyped(text));
};

/**
 * Back or Cancel typed on a question with inline buttons, as on the phone step (walk s21 W21-04): the data of Back
 * where the question has it, of Cancel for Cancel and for Back on a flow's first question (no question before it).
 */
export function typedLeave(ctx: SceneContext, shown: Shown): typeof BACK | typeof CANCEL | undefined {
  return leaveTyped(ctx, shown);
}

/** Done typed on a picker of several (walk29 W29-22: «готово», «✓ Готово», «done» were refused), or Back / Cancel typed. */
export function typedOnPicker(ctx: SceneContext, shown: Shown): typeof BACK | typeof CANCEL | typeof DONE | undefined {
  const text = ctx.message?.text;
  if (text === undefined) return undefined;
  return leaveTyped(ctx, shown) ?? (sameAsLabel(ctx.t('cls-done')).test(text.trim()) || DONE_WORDS.test(wordsTyped(text.toLowerCase())) ? DONE : undefined);
}

/** Done in either language, whatever language the bot speaks to the person. */
const DONE_WORDS = /^(готово|готов|готова|все готово|done|ready|finished)$/;

/** An answer to a notice the person expects on a picker: a pressed button's popup, a typed word's line below. */
export const answerPress = (ctx: SceneContext, text: string) => (ctx.callbackQuery ? ctx.answerCallbackQuery({ text }) : hintBelow(ctx, text));

function leaveTyped(ctx: SceneContext, shown: Shown): typeof BACK | typeof CANCEL | undefined {
  if (ctx.message?.text === undefined) return undefined;
  if (said(ctx, 'btn-cancel')) return CANCEL;
  if (!said(ctx, 'btn-back')) return undefined;
  return shown.back ? BACK : shown.first ? CANCEL : undefined;
}

/**
 * «Продолжить» pressed (question-data.ts SHOW_AGAIN, walk30 W30-03): the question waiting now (its checkpoint `asked`)
 * is asked again in that message, at the bottom of the chat; the one `above` loses its buttons. A question with a
 * reply keyboard (no `above`) comes as a new message, and the pressed one loses its buttons.
 */
export async function showAgain(conversation: SceneConversation, press: SceneContext, asked: Checkpoint, above?: number): Promise<never> {
  await press.answerCallbackQuery();
  const prompt = pressedMessage(press)!;
  const closing = above === undefined ? prompt.messageId : above === prompt.messageId ? undefined : above;
  if (closing !== undefined) await closeQuestion(press, { chatId: prompt.chatId, messageId: closing });
  return conversation.rewind(asked);
}
