import type { Context } from 'grammy';

/**
 * The button data of Questions (questions.ts): `q:<question number>:<value>`,
 * the number in base 36, the value a choice's index or one of BACK, CANCEL,
 * DONE. Built and read only here. The number is what tells a second tap on a
 * question already answered from a press on the question asked now.
 */

const PREFIX = 'q:';
export const BACK = 'b';
export const CANCEL = 'x';
export const DONE = 'd';

/** The data of a question's button. */
export const questionData = (token: string, value: string) => `${PREFIX}${token}:${value}`;

export const isQuestionData = (data: string | undefined) => data?.startsWith(PREFIX) ?? false;

/** The question number and value of our data (empty strings for anything else). */
export const parseQuestionData = (data: string) => {
  const [, token, value] = data.split(':');
  return { token: token ?? '', value: value ?? '' };
};

/** Well-formed data of question `token`: a choice index below `options` (three digits at most), or Back, Cancel, Done. */
export const isChoiceData = (data: string, token: string, value: string, options: number) =>
  /^\d{1,3}$/.test(value) && Number(value) < options && data === questionData(token, value);

/** The message of the current update's button, when the button was one of our questions'. */
export function pressedQuestion(ctx: Context) {
  const query = ctx.callbackQuery;
  if (!isQuestionData(query?.data) || !query?.message) return undefined;
  return { chatId: query.message.chat.id, messageId: query.message.message_id };
}

/** The message of the current update's button, whoever's button it was (a card a flow was started from). */
export function pressedMessage(ctx: Context) {
  const message = ctx.callbackQuery?.message;
  return message ? { chatId: message.chat.id, messageId: message.message_id } : undefined;
}

/** Buttons of other features (an offer, "leave the list", a center card) are theirs, even mid-flow. */
export const isForeignButton = (ctx: Context) => ctx.callbackQuery !== undefined && !isQuestionData(ctx.callbackQuery.data);

/**
 * «Продолжить» under the question «продолжить или начать заново?» that /start (or /help) in the middle of a flow asks
 * (walk30 W30-03; src/bot/middlewares/leave-conversation.ts): the question waiting now is shown again, below.
 */
export const SHOW_AGAIN = `${PREFIX}again`;
export const isShowAgain = (ctx: Context) => ctx.callbackQuery?.data === SHOW_AGAIN;
