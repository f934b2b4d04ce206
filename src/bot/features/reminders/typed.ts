import { Composer } from 'grammy';
import type { BotContext } from '../../context.js';
import { notComingThisTime, reminderAnswerOfWords } from '../../filters/menu-words.js';
import { absenceOf } from '../../../domain/absence-notices.js';
import { newestReminderAsked } from '../../../domain/reminder-open.js';
import { checkReminderAnswer } from '../../../domain/reminders.js';
import { lateReminderAnswer } from '../../../domain/late-reminder-answer.js';
import { openOffersOf } from '../../../domain/offer-messages.js';
import { readCantCome, saysIll } from '../../../domain/cant-come-words.js';
import { answeredComing, changedMindAbout, comeAfterAll, reminderAnswer, thanksForComing } from './answered.js';
import { cantComeAnswered } from './answers.js';

/**
 * «Да», «приду», «буду обязательно» typed under a lesson reminder's «Вы придёте?» (walk30 W30-06): the reminder's
 * «✓ Приду», when its question is the newest one in the chat: the newest message with buttons the outbox delivered
 * (not a seat offer after it), later than any question with buttons the bot showed here (session.buttonsAt), not
 * answered «Не смогу», and the person still in the group with the lesson ahead. Otherwise the words go on (an old seat offer
 * already answered does not take them). A conversation waiting for an answer gets its words first (registered after
 * the scenes); «не смогу» is cant-come.ts's. «Нет», «no» are its «Не смогу» (walk31 W31-10), as after «Сможете прийти?»
 * (come-words.ts); not after «Приду» was answered (a change of mind is said with «не смогу»). With no such question,
 * «всё-таки приду» after her «Не смогу» (pressed or typed) is still her change of mind (fix39a), unless an offer is open:
 * the librarian is told (answered.ts comeAfterAll, walk40 M2).
 */
export const reminderWordsFeature = new Composer<BotContext>();

reminderWordsFeature.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  // «Приду в следующий раз» says she will not come to this one (probe40 L5), as «заболела я» does (walk34 W34-16).
  const notNow = notComingThisTime(text);
  const said = reminderAnswerOfWords(text) ?? (saysIll(text) || notNow ? 'dec' : undefined);
  if (!said || (said === 'dec' && readCantCome(text))) return next();
  const changedMind = async () => (said === 'acc' && (await openOffersOf(ctx.from.id, ctx.deps.now())).length === 0 ? changedMindAbout(ctx, text) : undefined);
  const otherwise = async () => {
    const lessonId = await changedMind();
    return lessonId ? comeAfterAll(ctx, lessonId) : next();
  };
  const asked = await newestReminderAsked(ctx.chat.id);
  const shownAfter = ctx.session.buttonsAt;
  if (!asked) return otherwise();
  const answered = reminderAnswer(ctx, asked.lessonId);
  // «Не смогу», then «приду» (walk40 M2): the buttons after it were this reminder's own too.
  const cameBack = answered === 'yes' && (await absenceOf(asked.lessonId, ctx.from.id)).next > 0;
  // Buttons shown since belong to another question; after «Не смогу» they were this reminder's own (give up the seat?).
  if (answered !== 'no' && !cameBack && shownAfter !== undefined && (!asked.sentAt || asked.sentAt.getTime() <= shownAfter)) return otherwise();
  const check = await checkReminderAnswer(ctx.from.id, asked.lessonId, ctx.deps.now());
  if (!check.ok) {
    const lessonId = await changedMind();
    if (lessonId) return comeAfterAll(ctx, lessonId);
    // The lesson has begun: what a late press of its button says, not «Не получилось понять» (walk36).
    const late = await lateReminderAnswer(ctx.from.id, asked.lessonId, ctx.deps.now(), ctx.locale === 'en' ? 'en' : 'ru');
    return late ? void (await ctx.reply(ctx.t('rem-late-answer', late))) : next();
  }
  if (said === 'dec') return answered === undefined || notNow ? cantComeAnswered(ctx, asked.lessonId, check, false) : next();
  // After «Не смогу», «приду» is her change of mind, told to the librarian (walk40 M2; walk36 asked her to phone);
  // said again, answered the same.
  if (answered === 'no' || cameBack) return comeAfterAll(ctx, asked.lessonId);
  // «Да» said twice: the same thanks, not the seat offer answered before the reminder came.
  if (answered === 'yes') return thanksForComing(ctx, asked.lessonId);
  ctx.log.info({ lesson_id: asked.lessonId, citizen_id: ctx.from.id }, 'typed: will come');
  await answeredComing(ctx, asked.lessonId, check);
});
