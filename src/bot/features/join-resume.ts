import { Composer, InlineKeyboard } from 'grammy';
import { defineCallbackData } from '../../domain/callback-data.js';
import { findCourse } from '../../domain/catalog.js';
import { keptReferralFor } from '../../domain/partners/referral-kept.js';
import type { BotContext } from '../context.js';
import { SHOW_AGAIN } from '../../../scenes/shared/question-data.js';
import { JOIN_WAITLIST, type JoinArgs } from '../../../scenes/waitlist/join-waitlist.js';
import { joinProgressOf } from '../../../scenes/waitlist/join-progress.js';

/**
 * /start or /help in the middle of a join (walk30 W30-03): the join is kept, not thrown away. /start asks «Вы
 * записывались на курс «…» (шаг 3 из 5): продолжить или начать заново?»; /help shows the help, then says the join is
 * kept. «Продолжить» is the question's own button (SHOW_AGAIN: the step waiting is asked again, below); «Начать
 * заново» starts the join again here.
 */
const restartData = defineCallbackData('jr', { again: null });

/** Whether the chat's one running flow is a join: /start and /help keep it. */
export const inJoin = (active: string[]) => active.length === 1 && active[0] === JOIN_WAITLIST;

/** /start in a join: continue or start again. */
export async function askJoinResume(ctx: BotContext) {
  const progress = ctx.chat ? joinProgressOf(ctx.chat.id) : undefined;
  const course = progress?.courseId ? (await findCourse(progress.courseId))?.title[ctx.locale] : undefined;
  const where = !progress ? '' : ` ${ctx.t(progress.step ? 'join-resume-step' : 'join-resume-summary', { step: progress.step ?? 0, total: progress.total })}`;
  const text = course ? ctx.t('join-resume', { course, where }) : ctx.t('join-resume-unnamed', { where });
  await ctx.reply(text, { reply_markup: new InlineKeyboard().text(ctx.t('join-continue'), SHOW_AGAIN).text(ctx.t('join-restart'), restartData.pack('again')) });
}

/** After the help shown in a join: the join is kept, «Продолжить» asks its step again below. */
export async function sayJoinKept(ctx: BotContext) {
  await ctx.reply(ctx.t('join-kept'), { reply_markup: new InlineKeyboard().text(ctx.t('join-continue'), SHOW_AGAIN) });
}

/** «Начать заново»: the join from its first question, as the menu's button starts it. */
export const joinRestartFeature = new Composer<BotContext>();
joinRestartFeature.callbackQuery(restartData.only('again'), async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(JOIN_WAITLIST, await keptReferral(ctx));
});

/** The partner's link opened in this chat within a day (walk30 W30-12): a join begun again is still the partner's. */
export async function keptReferral(ctx: BotContext): Promise<JoinArgs> {
  if (!ctx.session.referral || !ctx.from) return {};
  const args = await keptReferralFor(ctx.session.referral, ctx.from.id, ctx.deps.now());
  if (!args) delete ctx.session.referral;
  return args ?? {};
}
