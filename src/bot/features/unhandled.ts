import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { offerVars, openOffersOf } from '../../domain/offer-messages.js';
import { remindedLesson } from '../../domain/said-absent.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import { isQuestionData } from '../../../scenes/shared/question-data.js';
import { notHeardText } from '../../../scenes/shared/not-heard.js';
import { linkStepWords } from './link-telegram.js';
import { courtesyOfWords } from '../filters/courtesy-words.js';
import { centerPhoneFor } from '../../domain/help.js';
import { KNOWN_COMMANDS } from '../commands.js';

/** Last in line: whatever nobody handled gets a polite pointer back to the menu. */
export const unhandledFeature = new Composer<BotContext>();

// A button nobody takes any more: said in an alert a person cannot miss, with what to do instead. An old question of
// a flow that ended also loses its buttons, so it is not pressed again (walk s20 #31).
unhandledFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('button-outdated-what-now'), show_alert: true });
  if (isQuestionData(ctx.callbackQuery.data)) await ctx.editMessageReplyMarkup().catch(() => undefined);
});

unhandledFeature.on('message', async (ctx) => {
  // A command the bot has not (/audit, a typo): said so, with where the commands are, for every role (walk36 L5);
  // «choose with the buttons» read as the command being there but typed wrong. A flow it met was left before, as any
  // command leaves one (leave-conversation.ts).
  if (unknownCommand(ctx)) return void (await ctx.reply(ctx.t('unknown-command'), { reply_markup: mainMenu(ctx) }));
  // Words at the "Send my number" step, as a grandson's for his grandmother (walk29 W29-02).
  if (await linkStepWords(ctx)) return;
  // A voice message or a sticker: said that it is not heard, with the phone (walk s21 W21-08).
  const notHeard = await notHeardText(ctx, ctx.t('not-heard-menu'));
  // «Спасибо», «добрый день» are answered in kind (walk35); «хорошо» soon after a lesson reminder may mean «приду»,
  // so the reminder's pointer goes before that one.
  const courtesy = ctx.message.text === undefined ? undefined : courtesyOfWords(ctx.message.text);
  const inKind = courtesy ? ctx.t(`courtesy-${courtesy}`) : undefined;
  const reply = notHeard ?? (await offerPointer(ctx)) ?? (courtesy === 'ok' ? undefined : inKind) ?? (await reminderPointer(ctx)) ?? inKind ?? (await questionPointer(ctx));
  await ctx.reply(reply ?? ctx.t('unknown-text'), { reply_markup: mainMenu(ctx) });
});

/** A message that begins with a /command none of the roles has («/audit», «/audit@bot»). */
function unknownCommand(ctx: BotContext): boolean {
  const first = ctx.message?.entities?.[0];
  const text = ctx.message?.text;
  if (!text || first?.type !== 'bot_command' || first.offset !== 0) return false;
  const name = text.slice(1, first.length).split('@')[0]!.toLowerCase();
  return !KNOWN_COMMANDS.has(name);
}

/** A text not understood while a seat offer waits for an answer: the offer's buttons, not the menu's (probe25 L12). */
async function offerPointer(ctx: BotContext): Promise<string | undefined> {
  if (!ctx.message?.text || !ctx.from) return undefined;
  const offers = await openOffersOf(ctx.from.id, ctx.deps.now());
  const buttons = { accept: ctx.t('cls-offer-accept').replace(/^[^\p{L}]+/u, ''), decline: ctx.t('cls-offer-decline') };
  if (offers.length === 0) return undefined;
  const pointer = ctx.t(offers.length === 1 ? 'unknown-text-offer' : 'unknown-text-offers', buttons);
  // A question the bot cannot answer («а ноутбук брать?»): whom to ask, from the offer (walk30 W30-11).
  if (offers.length > 1 || !QUESTION.test(ctx.message.text)) return pointer;
  const { librarian = '', phone = '', librarianKnown = 'no' } = await offerVars(offers[0]!.groupId, ctx.locale === 'en' ? 'en' : 'ru');
  // Whom to ask first, then how to answer: not «Не получилось понять», which reads as the bot failing her (walk35 L8).
  return phone ? `${ctx.t('unknown-text-offer-ask', { librarian, phone, librarianKnown })}\n${ctx.t('offer-answer-how', buttons)}` : pointer;
}

/**
 * A question the bot cannot answer («что брать с собой?», «сколько длится курс?»): whom to ask, the person's own
 * center or the program's phone (walk35). «А это платно?» is answered before (start.ts: menu-cost).
 */
async function questionPointer(ctx: BotContext): Promise<string | undefined> {
  if (!ctx.message?.text || !QUESTION.test(ctx.message.text)) return undefined;
  const { own, center, phone } = await centerPhoneFor(ctx.from?.id, ctx.locale === 'en' ? 'en' : 'ru');
  return phone ? ctx.t(own ? 'question-ask-center' : 'question-ask-program', { center, phone }) : undefined;
}

/** A question: a question mark, or a question's first word. */
const QUESTION = /\?|^\s*(?:а |и )?(?:можно|как|где|когда|что|сколько|нужно|надо|зачем|почему|куда|брать|can|how|where|when|what|do|does|is|should|will|may)(?:\s|$)/iu;

/** Hours after a reminder during which a text not understood is taken as an answer to it. */
const AFTER_REMINDER_MS = 6 * 3600_000;

/**
 * A text not understood soon after a lesson reminder (the plain one has no buttons: walk29 W29-24): how to say «I
 * will not come», not «press the button under it».
 */
async function reminderPointer(ctx: BotContext): Promise<string | undefined> {
  if (!ctx.message?.text || !ctx.from) return undefined;
  const sentAt = (await remindedLesson(ctx.from.id, ctx.deps.now()))?.sentAt;
  return sentAt && ctx.deps.now().getTime() - sentAt.getTime() < AFTER_REMINDER_MS ? ctx.t('unknown-text-reminder') : undefined;
}
