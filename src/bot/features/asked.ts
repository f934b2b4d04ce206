import type { MiddlewareFn } from 'grammy';
import { sentToChatAfter } from '../../outbox/index.js';
import type { Asked, BotContext } from '../context.js';

/**
 * The one question outside any flow that the message right after it may answer in words ("да", "нет", a button's
 * label, a course's name): "Leave the list?", "Give up the seat?", /forget's "Delete all your data?", "Keep your place
 * in line?", "I'll come to …, right?", and "My place in line" itself. Asking one forgets the one before, and any
 * update forgets it: a word typed later for something else never answers it (walk s21 W21-05, walk28 W28-24).
 * So does a message the bot sent by itself meanwhile (a seat offer): the words then answer that one (probe29 H1).
 * "Meanwhile" is by time as well as by message id: a question drawn into an older message (a «Ваши записи» list above
 * the offer) is asked after the offer, and the words answer the question (probe30 H1).
 */
export function markAsked(ctx: BotContext, asked: Asked): void {
  ctx.session.asked = { ...asked, at: ctx.deps.now().getTime() };
}

/** What answers one kind of question in words; next() when the update does not answer it. */
export type AskedAnswer = (ctx: BotContext, asked: Asked, next: () => Promise<void>) => Promise<unknown>;

/** Before the flows: the question just asked, taken out of the session, goes to the answer of its kind. */
export function askedInWords(answers: Record<Asked['kind'], AskedAnswer>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const asked = ctx.session.asked;
    if (!asked || !ctx.chat || !ctx.from) return next();
    delete ctx.session.asked;
    // A question stored before `at` was kept (older code) is compared by message id alone.
    if (await sentToChatAfter(ctx.chat.id, asked.message, asked.at === undefined ? undefined : new Date(asked.at))) return next();
    await answers[asked.kind](ctx, asked, next);
  };
}
