import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../../context.js';
import { tellLibrarianAbsent } from '../../../domain/absence-notices.js';
import { checkReminderAnswer, reminderData, type AnswerCheck } from '../../../domain/reminders.js';
import { giveUpSeat } from '../../../domain/seat-given-up.js';
import { answeredComing, markReminderAnswered } from './answered.js';
import { lateReminderAnswer } from '../../../domain/late-reminder-answer.js';
import { groupKeeper } from '../../../domain/staff-leaving.js';
import { whoseRecord, whoseVars } from '../../../domain/whose-record.js';

/**
 * Answers to lesson reminders: "I'll come" / "Can't come". "Can't come" tells
 * the librarian; before the first lesson it also offers to give the seat to
 * the next person in line. Every press checks the enrollment again.
 */
const composer = new Composer<BotContext>();

/** Removes the buttons of the pressed message (they have done their job). */
const dropButtons = (ctx: BotContext) => ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);

async function enrolled(ctx: BotContext, lessonId: string) {
  const check = await checkReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now());
  if (check.ok) return check;
  // The lesson has begun: an alert with what to do, and the reminder's buttons go (walk s21 W21-20).
  const late = await lateReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now(), ctx.locale === 'en' ? 'en' : 'ru');
  if (!late) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  await ctx.answerCallbackQuery({ text: ctx.t('rem-late-answer', late), show_alert: true });
  await dropButtons(ctx);
}

composer.callbackQuery(reminderData.only('yes'), async (ctx) => {
  const lessonId = reminderData.read(ctx.match).id;
  const check = await enrolled(ctx, lessonId);
  if (!check) return;
  await ctx.answerCallbackQuery();
  const shown = ctx.callbackQuery.message && 'text' in ctx.callbackQuery.message ? ctx.callbackQuery.message.text : undefined;
  // The reminder says what was answered, in place of «Вы придёте?» (walk30 W30-07); after «Не смогу», the librarian hears.
  await answeredComing(ctx, lessonId, check, true, shown);
});

composer.callbackQuery(reminderData.only('no'), async (ctx) => {
  const lessonId = reminderData.read(ctx.match).id;
  const check = await enrolled(ctx, lessonId);
  if (!check) return;
  await ctx.answerCallbackQuery();
  await cantComeAnswered(ctx, lessonId, check, true);
});

/** «Не смогу» pressed, or said right after «Сможете прийти?» (come-words.ts): the librarian told, the seat asked about. */
export async function cantComeAnswered(ctx: BotContext, lessonId: string, check: Extract<AnswerCheck, { ok: true }>, pressed: boolean): Promise<void> {
  await markReminderAnswered(ctx, lessonId, 'no', pressed);
  // The librarian hears of every "can't come", before the first lesson too (docs/ru/librarian.md promises it).
  // Never to someone who no longer manages the group's center (probe s23 H1): the group is handed over first.
  const librarianId = await groupKeeper(check.groupId, check.librarianId, ctx.deps.config.ADMIN_IDS, ctx.deps.now());
  const told = await tellLibrarianAbsent(ctx.from!.id, lessonId, librarianId, ctx.deps.now(), ctx.deps.config.DEFAULT_LOCALE);
  ctx.log.info({ lesson_id: lessonId, citizen_id: ctx.from!.id }, pressed ? 'reminder: cannot come' : 'typed: cannot come');
  // Said already (the seat asked about then): not asked again (probe40 L6).
  if (check.firstLesson && told) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t('rem-btn-release-wait'), reminderData.pack('rel:w', lessonId)).row()
      .text(ctx.t('rem-btn-release-leave'), reminderData.pack('rel:l', lessonId)).row()
      .text(ctx.t('rem-btn-keep'), reminderData.pack('keep', lessonId));
    await ctx.reply(ctx.t('rem-release-ask', whoseVars(await whoseRecord(ctx.from!.id))), { reply_markup: keyboard });
    return;
  }
  await ctx.reply(ctx.t('rem-answer-no'));
}

composer.callbackQuery(reminderData.only('rel:w', 'rel:l'), async (ctx) => {
  const { action, id } = reminderData.read(ctx.match);
  const leave = action === 'rel:l';
  const check = await enrolled(ctx, id);
  if (!check) return;
  const released = await giveUpSeat(check.entryId, ctx.deps.now(), { ...ctx.deps.offers, leave });
  if (!released) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  ctx.log.info({ group_id: check.groupId, citizen_id: ctx.from.id, leave }, 'reminder: seat released');
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  await ctx.reply(ctx.t(leave ? 'rem-released-leave' : 'rem-released-wait'));
});

composer.callbackQuery(reminderData.only('keep'), async (ctx) => {
  if (!(await enrolled(ctx, reminderData.read(ctx.match).id))) return;
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  await ctx.reply(ctx.t('rem-kept', whoseVars(await whoseRecord(ctx.from.id))));
});

/** Any other rem: data (forged, or from an older version). */
composer.callbackQuery(reminderData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));

export { composer as reminderAnswersFeature };
