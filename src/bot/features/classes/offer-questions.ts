import type { MiddlewareFn } from 'grammy';
import { findCourse } from '../../../domain/catalog.js';
import { labelsMeant, sameAsLabel, wordsTyped } from '../../../domain/text.js';
import { findActiveEntry, leaveWaitlist } from '../../../domain/waitlist.js';
import { yesNoOfWords } from '../../../domain/yes-no-words.js';
import type { BotContext } from '../../context.js';
import { markAsked, type AskedAnswer } from '../asked.js';
import { notThisTime, offerAnswerOfWords } from '../../filters/menu-words.js';
import { remindedLately } from '../../../domain/reminder-open.js';

/**
 * The questions that follow a seat offer's answer, outside any flow, answered in words (walk28 W28-06, W28-26).
 */

/** The course of this person's entry, for a question that names it ("Остаться в очереди на курс «…»?"). */
export async function courseOfEntry(ctx: BotContext, entryId: string): Promise<string> {
  const entry = await findActiveEntry(ctx.from!.id, entryId);
  return (entry && (await findCourse(entry.courseId))?.title[ctx.locale]) ?? '';
}

/**
 * "Приду на безопасный интернет", "нет, поиск работы — не смогу": an offer's answer before or after words that may
 * name its course (walk28 W28-07); undefined when the text holds no such answer or nothing beside it.
 */
export function answerWithCourse(text: string): { answer: 'acc' | 'dec'; course: string } | undefined {
  const found = answerBesideCourse(text);
  return found?.answer === 'acc' && notThisTime(text) ? undefined : found;
}

function answerBesideCourse(text: string): { answer: 'acc' | 'dec'; course: string } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const course = (rest: string[]) => rest.filter((word) => !/^(курсе?|course)$/i.test(wordsTyped(word))).join(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const head = offerAnswerOfWords(words.slice(0, k).join(' '));
    if (head) return { answer: head, course: course(words.slice(k)) };
    const tail = offerAnswerOfWords(words.slice(-k).join(' '));
    if (tail) return { answer: tail, course: course(words.slice(0, -k)) };
  }
  return undefined;
}

/** The open offer whose course the words name, of several (or one); undefined when none or more than one is meant. */
export async function offerNamed(ctx: BotContext, entryIds: string[], words: string): Promise<string | undefined> {
  const titles = await Promise.all(entryIds.map((id) => courseOfEntry(ctx, id)));
  const meant = labelsMeant(titles, words);
  return meant.length === 1 ? entryIds[meant[0]!] : undefined;
}

/** A yes or no typed with several offers open: which one, naming their courses, rather than "not understood" (walk28 W28-07). */
export async function askWhichOffer(ctx: BotContext, entryIds: string[]): Promise<void> {
  const titles = await Promise.all(entryIds.map((id) => courseOfEntry(ctx, id)));
  const quoted = titles.map((title) => (ctx.locale === 'ru' ? `«${title}»` : `"${title}"`));
  const courses = `${quoted.slice(0, -1).join(', ')} ${ctx.t('offers-which-and')} ${quoted.at(-1)}`;
  const buttons = { accept: ctx.t('cls-offer-accept').replace(/^[^\p{L}]+/u, ''), decline: ctx.t('cls-offer-decline') };
  await ctx.reply(ctx.t('offers-which', { courses, example: titles[0]!.charAt(0).toLowerCase() + titles[0]!.slice(1), ...buttons }));
}

/** "Остаться в очереди на курс …?" was just asked (its message): a "да" or "нет" typed next answers it. */
export function askedToKeep(ctx: BotContext, entry: string, message: number) {
  markAsked(ctx, { kind: 'keep', entry, message });
}

/** "Keep my place" or "leave the list", pressed or typed, after a declined offer. */
export async function answerKeep(ctx: BotContext, entryId: string, keep: boolean): Promise<void> {
  const citizenId = ctx.from!.id;
  const status = (await findActiveEntry(citizenId, entryId))?.status;
  // Keeping confirms an entry still in line (not one that took a seat after all).
  const done = keep ? status === 'waiting' || status === 'offered' : await leaveWaitlist(citizenId, entryId, ctx.deps.now());
  await ctx.reply(ctx.t(!done ? 'cls-offer-gone' : keep ? 'cls-decline-kept' : 'cls-decline-left'));
}

const KEEP = /^(да )?(оставить|оставьте|остаться|остаюсь|останусь)( мое| мое место| место| в очереди)?$|^(yes )?keep( it| my place)?$/;
const LEAVE = /^(нет )?(выйти|выхожу|выйду)( из очереди)?$|^(no )?leave( the list)?$/;

/**
 * Before the flows: a question with buttons sent to this person ends "the offer just answered", so a later typed yes
 * is never taken for that offer's yes again (walk28 W28-26). Sent or drawn into an older message, its time is kept: a
 * lesson reminder that came before it is no longer the newest question (walk30 W30-06, reminders/typed.ts).
 */
export const offerAnsweredEnds: MiddlewareFn<BotContext> = async (ctx, next) => {
  const chat = ctx.chat?.id;
  let reminded: Promise<boolean> | undefined;
  ctx.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const sent = payload as { chat_id?: number | string; reply_markup?: { inline_keyboard?: unknown[] } };
    const buttons = Boolean(sent.reply_markup?.inline_keyboard?.length) && String(sent.chat_id) === String(chat);
    const asks = method.startsWith('send') && buttons;
    if (result.ok && asks && ctx.session?.offerAnswered !== undefined) delete ctx.session.offerAnswered;
    // Kept only for someone reminded of a lesson lately: nobody else gets a session for it (privacy: nothing kept).
    if (result.ok && buttons && ctx.session && (asks || method.startsWith('edit')) && chat !== undefined && (ctx.session.buttonsAt !== undefined || (await (reminded ??= remindedLately(chat, ctx.deps.now()))))) {
      ctx.session.buttonsAt = ctx.deps.now().getTime();
    }
    return result;
  });
  return next();
};

/** A text right after "Остаться в очереди?" answers it ("да" keeps the place, "нет" leaves, as the buttons say). */
export const keepAnswer: AskedAnswer = async (ctx, asked, next) => {
  const text = ctx.message?.text;
  if (text === undefined || !ctx.chat || !asked.entry) return next();
  const plain = wordsTyped(text);
  const said = (key: string) => sameAsLabel(ctx.t(key)).test(text);
  const word = yesNoOfWords(text);
  const keep = word === 'yes' || said('cls-decline-keep') || KEEP.test(plain);
  const leave = word === 'no' || said('cls-decline-leave') || LEAVE.test(plain);
  if (keep === leave) return next();
  // The question answered loses its buttons; the answer comes below it.
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
  await answerKeep(ctx, asked.entry, keep);
};
