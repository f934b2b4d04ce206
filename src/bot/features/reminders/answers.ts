import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../../context.js';
import { checkReminderAnswer, reminderData, tellLibrarianAbsent } from '../../../domain/reminders.js';
import { releaseSeat } from '../../../domain/offers.js';

/**
 * Answers to lesson reminders: "I'll come" / "Can't come". Before the first
 * lesson "Can't come" offers to give the seat to the next person in line;
 * before a later one the librarian is told. Every press checks the enrollment again.
 */
const composer = new Composer<BotContext>();
const ID = '([0-9a-f]{24})';

async function enrolled(ctx: BotContext, lessonId: string) {
  const check = await checkReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now());
  if (!check.ok) await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') });
  return check.ok ? check : null;
}

/** Removes the buttons of the pressed message (they have done their job). */
const dropButtons = (ctx: BotContext) => ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);

composer.callbackQuery(new RegExp(`^rem:yes:${ID}$`), async (ctx) => {
  if (!(await enrolled(ctx, ctx.match[1]!))) return;
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  await ctx.reply(ctx.t('rem-answer-yes'));
});

composer.callbackQuery(new RegExp(`^rem:no:${ID}$`), async (ctx) => {
  const lessonId = ctx.match[1]!;
  const check = await enrolled(ctx, lessonId);
  if (!check) return;
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  if (check.firstLesson) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t('rem-btn-release-wait'), reminderData.releaseWait(lessonId)).row()
      .text(ctx.t('rem-btn-release-leave'), reminderData.releaseLeave(lessonId)).row()
      .text(ctx.t('rem-btn-keep'), reminderData.keep(lessonId));
    await ctx.reply(ctx.t('rem-release-ask'), { reply_markup: keyboard });
    return;
  }
  await tellLibrarianAbsent(ctx.from.id, lessonId, check.librarianId, ctx.deps.now());
  ctx.log.info({ lesson_id: lessonId, citizen_id: ctx.from.id }, 'reminder: cannot come');
  await ctx.reply(ctx.t('rem-answer-no'));
});

composer.callbackQuery(new RegExp(`^rem:rel:([wl]):${ID}$`), async (ctx) => {
  const leave = ctx.match[1] === 'l';
  const check = await enrolled(ctx, ctx.match[2]!);
  if (!check) return;
  const released = await releaseSeat(check.entryId, ctx.deps.now(), { leave, ttlHours: ctx.deps.config.OFFER_TTL_HOURS });
  if (!released) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  ctx.log.info({ group_id: check.groupId, citizen_id: ctx.from.id, leave }, 'reminder: seat released');
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  await ctx.reply(ctx.t(leave ? 'rem-released-leave' : 'rem-released-wait'));
});

composer.callbackQuery(new RegExp(`^rem:keep:${ID}$`), async (ctx) => {
  if (!(await enrolled(ctx, ctx.match[1]!))) return;
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  await ctx.reply(ctx.t('rem-kept'));
});

/** Any other rem: data (forged, or from an older version). */
composer.callbackQuery(/^rem:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));

export { composer as reminderAnswersFeature };
