import { checkReminderAnswer } from '../../domain/reminders.js';
import { offerAnswerOfWords } from '../filters/menu-words.js';
import type { AskedAnswer } from './asked.js';
import { answeredComing } from './reminders/answered.js';
import { cantComeAnswered } from './reminders/answers.js';

/**
 * «Сможете прийти?» (asked after «не знаю, смогу ли прийти», cant-come-lesson.ts) answered in words right after it
 * (walk30 W30-11): «да», «приду», «буду» is its «✓ Приду»; «нет», «не смогу» its «Не смогу». Read as a seat offer's
 * typed answer is (offerAnswerOfWords). Only the message right after the question counts (asked.ts): a word typed
 * later, or after a seat offer came, never answers it.
 */
export const comeAnswer: AskedAnswer = async (ctx, asked, next) => {
  const text = ctx.message?.text;
  const said = text === undefined ? undefined : offerAnswerOfWords(text);
  if (!said || !asked.lesson || !ctx.from || !ctx.chat) return next();
  const check = await checkReminderAnswer(ctx.from.id, asked.lesson, ctx.deps.now());
  if (!check.ok) return next();
  // The question answered loses its buttons; the answer comes below it.
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
  if (said === 'dec') return cantComeAnswered(ctx, asked.lesson, check, false);
  ctx.log.info({ lesson_id: asked.lesson, citizen_id: ctx.from.id }, 'typed: will come');
  await answeredComing(ctx, asked.lesson, check);
};
