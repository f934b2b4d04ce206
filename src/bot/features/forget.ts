import { Composer, InlineKeyboard, type SessionFlavor } from 'grammy';
import { deleteChatState } from '../../db/repositories/kv-storage.js';
import { defineCallbackData } from '../../domain/callback-data.js';
import { findCourse } from '../../domain/catalog.js';
import { deskRecordName, forgetCitizen } from '../../domain/citizens.js';
import { sameAsLabel, singleLine } from '../../domain/text.js';
import { unlinkTelegram } from '../../domain/unlink-telegram.js';
import { listActiveEntries } from '../../domain/waitlist.js';
import { yesNoOfWords } from '../../domain/yes-no-words.js';
import type { BotContext, SessionData } from '../context.js';
import { markAsked, type AskedAnswer } from './asked.js';
import { asksToForget } from '../filters/menu-words.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

/** /forget: after a confirmation, withdraws consent and deletes the citizen's personal data. */
export const forgetFeature = new Composer<BotContext>();

const forgetData = defineCallbackData('forget', { yes: null, no: null, unlink: null });

// «Удалите мои данные» typed outside a flow is /forget too (walk35): the same question, nothing deleted before «Да».
forgetFeature.filter((ctx) => ctx.hasCommand('forget') || asksToForget(ctx.message?.text), async (ctx) => {
  await ctx.conversation.exitAll();
  // A seat they hold (in a group, or offered) goes to the next person: said before they agree (walk s20 #36).
  const held = ctx.from ? (await listActiveEntries(ctx.from.id, ctx.deps.now())).filter((e) => e.status === 'enrolled' || e.status === 'offered') : [];
  const quoted = (title: string) => (ctx.locale === 'ru' ? `«${title}»` : `"${title}"`);
  const courses = await Promise.all(held.map(async (e) => quoted((await findCourse(e.courseId))?.title[ctx.locale] ?? e.courseId)));
  const seats = courses.length ? `\n${ctx.t('forget-confirm-seats', { courses: courses.join(', '), count: courses.length })}` : '';
  // A record made at the library may be a relative's, linked to this account by his phone (walk34 W34-18).
  const deskName = ctx.from ? await deskRecordName(ctx.from.id) : null;
  const whose = deskName ? `${ctx.t('forget-desk-record', { name: deskName })}\n` : '';
  const keyboard = new InlineKeyboard().text(ctx.t('forget-yes'), forgetData.pack('yes')).text(ctx.t('forget-no'), forgetData.pack('no'));
  // Her record stays with the library, off this account (walk34 W34-18): src/domain/unlink-telegram.ts.
  if (deskName) keyboard.row().text(ctx.t('btn-unlink-mine'), forgetData.pack('unlink'));
  const sent = await ctx.reply(whose + ctx.t('forget-confirm') + seats, { reply_markup: keyboard });
  markAsked(ctx, { kind: 'forget', message: sent.message_id });
});

forgetFeature.callbackQuery(forgetData.only('yes'), async (ctx) => {
  const forgotten = await forgetNow(ctx);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t(forgotten ? 'forget-done' : 'forget-nothing'), { reply_markup: mainMenu(ctx) });
});

/** «Отвязать мой Телеграм»: the desk record goes back to the library, with her place; pressed again (or forged), nothing. */
forgetFeature.callbackQuery(forgetData.only('unlink'), async (ctx) => {
  const result = await unlinkTelegram(ctx.from.id, 0, ctx.deps.now());
  if (!result.ok) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  // Her entries' places were in this chat's session: it is deleted (unlinkTelegram), and not written back; the language chosen stays.
  const language = ctx.session?.language;
  (ctx as SessionFlavor<SessionData>).session = language ? { language } : null;
  await ctx.reply(ctx.t('unlinked-mine', { name: singleLine(result.name) }), { reply_markup: mainMenu(ctx) });
});

forgetFeature.callbackQuery(forgetData.only('no'), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('forget-kept')).catch(() => undefined);
});

/** Seats they hold go to the next person in line; then every trace of them is removed (the retention job calls the same). */
async function forgetNow(ctx: BotContext): Promise<boolean> {
  // A session that only kept the question just answered is no data of theirs ("we keep none" stays true).
  const { buttonsAt: _shown, ...kept } = ctx.session ?? {};
  if (Object.keys(kept).length === 0) await deleteChatState(ctx.from!.id);
  const forgotten = await forgetCitizen(ctx.from!.id, ctx.deps.now(), ctx.deps.offers);
  // The session middleware would otherwise write this chat's session back at the end of the update.
  (ctx as SessionFlavor<SessionData>).session = null;
  return forgotten;
}

/**
 * "Удалить все ваши данные?" answered "да" / "нет" (or a button's words) typed right after it, as "Выйти из очереди?"
 * is (walk28 W28-26: a "да" there was taken for a seat offer's yes). Any other update in between forgets the question.
 */
export const forgetAnswer: AskedAnswer = async (ctx, asked, next) => {
  if (!ctx.chat) return next();
  const text = ctx.message?.text;
  const said = (key: string) => text !== undefined && sameAsLabel(ctx.t(key)).test(text);
  const word = said('forget-yes') ? 'yes' : said('forget-no') ? 'no' : text === undefined ? undefined : yesNoOfWords(text);
  if (!word) return next();
  // The question answered loses its buttons; the answer comes below it.
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
  if (word === 'no') return void (await ctx.reply(ctx.t('forget-kept'), { reply_markup: mainMenu(ctx) }));
  const forgotten = await forgetNow(ctx);
  await ctx.reply(ctx.t(forgotten ? 'forget-done' : 'forget-nothing'), { reply_markup: mainMenu(ctx) });
};
