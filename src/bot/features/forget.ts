import { Composer, InlineKeyboard, type SessionFlavor } from 'grammy';
import { defineCallbackData } from '../../domain/callback-data.js';
import { findCourse } from '../../domain/catalog.js';
import { forgetCitizen } from '../../domain/citizens.js';
import { listActiveEntries } from '../../domain/waitlist.js';
import type { BotContext, SessionData } from '../context.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

/** /forget: after a confirmation, withdraws consent and deletes the citizen's personal data. */
export const forgetFeature = new Composer<BotContext>();

const forgetData = defineCallbackData('forget', { yes: null, no: null });

forgetFeature.command('forget', async (ctx) => {
  await ctx.conversation.exitAll();
  // A seat they hold (in a group, or offered) goes to the next person: said before they agree (walk s20 #36).
  const held = ctx.from ? (await listActiveEntries(ctx.from.id, ctx.deps.now())).filter((e) => e.status === 'enrolled' || e.status === 'offered') : [];
  const quoted = (title: string) => (ctx.locale === 'ru' ? `«${title}»` : `"${title}"`);
  const courses = await Promise.all(held.map(async (e) => quoted((await findCourse(e.courseId))?.title[ctx.locale] ?? e.courseId)));
  const seats = courses.length ? `\n${ctx.t('forget-confirm-seats', { courses: courses.join(', '), count: courses.length })}` : '';
  await ctx.reply(ctx.t('forget-confirm') + seats, {
    reply_markup: new InlineKeyboard().text(ctx.t('forget-yes'), forgetData.pack('yes')).text(ctx.t('forget-no'), forgetData.pack('no')),
  });
});

forgetFeature.callbackQuery(forgetData.only('yes'), async (ctx) => {
  // Seats they hold go to the next person in line; then every trace of them is removed (the retention job calls the same).
  const forgotten = await forgetCitizen(ctx.from.id, ctx.deps.now(), { ttlHours: ctx.deps.config.OFFER_TTL_HOURS });
  // The session middleware would otherwise write this chat's session back at the end of the update.
  (ctx as SessionFlavor<SessionData>).session = null;
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t(forgotten ? 'forget-done' : 'forget-nothing'), { reply_markup: mainMenu(ctx) });
});

forgetFeature.callbackQuery(forgetData.only('no'), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('forget-kept')).catch(() => undefined);
});
