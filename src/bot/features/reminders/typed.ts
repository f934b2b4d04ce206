import { Composer } from 'grammy';
import type { BotContext } from '../../context.js';
import { offerAnswerOfWords } from '../../filters/menu-words.js';
import { newestReminderAsked } from '../../../domain/reminder-open.js';
import { checkReminderAnswer } from '../../../domain/reminders.js';
import { readCantCome, saysIll } from '../../../domain/cant-come-words.js';
import { markReminderAnswered, reminderAnswer, thanksForComing } from './answered.js';
import { cantComeAnswered } from './answers.js';

/**
 * «Да», «приду», «буду обязательно» typed under a lesson reminder's «Вы придёте?» (walk30 W30-06): the reminder's
 * «✓ Приду», when its question is the newest one in the chat: the newest message with buttons the outbox delivered
 * (not a seat offer after it), later than any question with buttons the bot showed here (session.buttonsAt), not
 * answered «Не смогу», and the person still in the group with the lesson ahead. Otherwise the words go on (an old seat offer
 * already answered does not take them). A conversation waiting for an answer gets its words first (registered after
 * the scenes); «не смогу» is cant-come.ts's. «Нет», «no» are its «Не смогу» (walk31 W31-10), as after «Сможете прийти?»
 * (come-words.ts); not after «Приду» was answered (a change of mind is said with «не смогу»).
 */
export const reminderWordsFeature = new Composer<BotContext>();

reminderWordsFeature.on('message:text', async (ctx, next) => {
  // «Заболела я» says she will not come, under this question (walk34 W34-16).
  const said = offerAnswerOfWords(ctx.message.text) ?? (saysIll(ctx.message.text) ? 'dec' : undefined);
  if (!said || (said === 'dec' && readCantCome(ctx.message.text))) return next();
  const asked = await newestReminderAsked(ctx.chat.id);
  const shownAfter = ctx.session.buttonsAt;
  if (!asked || (shownAfter !== undefined && (!asked.sentAt || asked.sentAt.getTime() <= shownAfter))) return next();
  // Said «Не смогу» already: a change of mind is not taken in words (the librarian was told).
  const answered = reminderAnswer(ctx, asked.lessonId);
  const check = answered === 'no' ? undefined : await checkReminderAnswer(ctx.from.id, asked.lessonId, ctx.deps.now());
  if (!check?.ok) return next();
  if (said === 'dec') return answered === 'yes' ? next() : cantComeAnswered(ctx, asked.lessonId, check, false);
  // «Да» said twice: the same thanks, not the seat offer answered before the reminder came.
  if (answered === 'yes') return thanksForComing(ctx, asked.lessonId);
  ctx.log.info({ lesson_id: asked.lessonId, citizen_id: ctx.from.id }, 'typed: will come');
  await thanksForComing(ctx, asked.lessonId, await markReminderAnswered(ctx, asked.lessonId, 'yes'));
});
