import type { BotContext } from '../../context.js';
import { absenceOf, tellLibrarianComing } from '../../../domain/absence-notices.js';
import { movedSinceReminder } from '../../../domain/lesson-words.js';
import { checkReminderAnswer, type AnswerCheck } from '../../../domain/reminders.js';
import { groupKeeper } from '../../../domain/staff-leaving.js';
import { whoseRecord, whoseVars } from '../../../domain/whose-record.js';
import { yesNoOfWords } from '../../../domain/yes-no-words.js';
import { sentMessagesTo } from '../../../outbox/index.js';

/**
 * A reminder answered says so on itself (walk30 W30-07): its «Вы придёте?» gives way to «✓ Вы ответили «Приду».» (or
 * «Не смогу»), as a seat offer does, and its buttons go; pressed or typed, every copy of that lesson's reminder. The
 * lesson is remembered as answered, so a later typed «да» is not taken for it again (walk30 W30-06).
 */

/** How many answered lessons the session keeps. */
const KEPT = 5;

/** The text without its last line when that line is the question («Вы придёте?», "Will you come?"). */
function withoutQuestion(text: string): string {
  const cut = text.lastIndexOf('\n');
  return cut > 0 && text.trimEnd().endsWith('?') ? text.slice(0, cut) : text;
}

/** How this person answered the lesson's reminder, if she did (the session keeps the last few). */
export function reminderAnswer(ctx: BotContext, lessonId: string): 'yes' | 'no' | undefined {
  const answer = ctx.session.remindersAnswered?.find((a) => a.endsWith(`:${lessonId}`));
  return answer ? (answer.startsWith('yes:') ? 'yes' : 'no') : undefined;
}

/** `pressed`: the reminder's buttons were pressed on this message (a reminder, or «Сможете прийти?»). Returns its text. */
export async function markReminderAnswered(ctx: BotContext, lessonId: string, said: 'yes' | 'no', pressed?: boolean): Promise<string | undefined> {
  const chat = ctx.chat!.id;
  const note = ctx.t(said === 'yes' ? 'rem-answered-yes' : 'rem-answered-no');
  const targets = new Map<number, string>();
  const message = pressed ? ctx.callbackQuery?.message : undefined;
  if (message && 'text' in message && message.text) targets.set(message.message_id, message.text);
  for (const sent of await sentMessagesTo(chat, `rem:${lessonId}:`)) {
    if (!sent.message.buttons?.length || targets.has(sent.messageId)) continue;
    targets.set(sent.messageId, 'raw' in sent.message.text ? sent.message.text.raw : ctx.t(sent.message.text.key, sent.message.text.vars));
  }
  for (const [messageId, text] of targets) {
    await ctx.api.editMessageText(chat, messageId, `${withoutQuestion(text)}\n\n${note}`, { reply_markup: undefined }).catch(() => ctx.api.editMessageReplyMarkup(chat, messageId).catch(() => undefined));
  }
  const kept = (ctx.session.remindersAnswered ?? []).filter((answer) => !answer.endsWith(`:${lessonId}`));
  ctx.session.remindersAnswered = [...kept, `${said}:${lessonId}`].slice(-KEPT);
  // The text shown (the one pressed, else the newest copy): its time tells whether the lesson has moved since.
  return [...targets.values()].at(message ? 0 : -1);
}

/** «Спасибо! Ждём вас.»; a reminder sent before the lesson was moved showed the old time: the thanks says the new one. */
export async function thanksForComing(ctx: BotContext, lessonId: string, shown?: string): Promise<void> {
  const todayAt = (language: 'ru' | 'en', time: string) => ctx.tIn(language)('place-when-today', { time });
  const movedTo = shown ? await movedSinceReminder(lessonId, shown, ctx.locale, ctx.deps.now(), todayAt) : undefined;
  await ctx.reply(movedTo ? ctx.t('rem-answer-yes-moved', { when: movedTo }) : ctx.t('rem-answer-yes'));
}

/**
 * The newest lesson she said «Не смогу» to, pressed or typed, still ahead with her seat in its group (that entry's,
 * when given). «Всё-таки приду» after it is a change of mind even with no reminder question open: plain reminders, a
 * typed «не смогу», the give-up question (fix39a; it got «Не получилось понять»). A bare «да» is not one. Said again
 * after the change of mind (a lesson she said «Не смогу» to, then «приду»), it is answered the same, and told no one again.
 */
export async function changedMindAbout(ctx: BotContext, text: string, entryId?: string): Promise<string | undefined> {
  if (yesNoOfWords(text) === 'yes') return undefined;
  for (const answer of [...(ctx.session.remindersAnswered ?? [])].reverse()) {
    const lessonId = answer.slice(answer.indexOf(':') + 1);
    if (answer.startsWith('yes:') && (await absenceOf(lessonId, ctx.from!.id)).next === 0) continue;
    const check = await checkReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now());
    if (check.ok && (entryId === undefined || check.entryId === entryId)) return lessonId;
  }
  return undefined;
}

/**
 * «Приду», pressed or typed: the reminders say so; after her «Не смогу» the librarian is told she comes after all
 * (walk40 M2: she was asked to phone), and she hears so; else «Спасибо! Ждём вас.». `shown`: the reminder pressed.
 */
export async function answeredComing(ctx: BotContext, lessonId: string, check: Extract<AnswerCheck, { ok: true }>, pressed = false, shown?: string): Promise<void> {
  const marked = await markReminderAnswered(ctx, lessonId, 'yes', pressed);
  const now = ctx.deps.now();
  const librarianId = await groupKeeper(check.groupId, check.librarianId, ctx.deps.config.ADMIN_IDS, now);
  if (await tellLibrarianComing(ctx.from!.id, lessonId, librarianId, now, ctx.deps.config.DEFAULT_LOCALE)) {
    ctx.log.info({ lesson_id: lessonId, citizen_id: ctx.from!.id }, 'came after all: librarian told');
    return void (await ctx.reply(ctx.t('rem-come-after-all', whoseVars(await whoseRecord(ctx.from!.id)))));
  }
  await thanksForComing(ctx, lessonId, shown ?? marked);
}

/** «Хорошо, приходите! Мы передали библиотекарю.» after her «Не смогу» to this lesson (changedMindAbout found it). */
export async function comeAfterAll(ctx: BotContext, lessonId: string): Promise<void> {
  const check = await checkReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now());
  if (!check.ok) return void (await ctx.reply(ctx.t('button-outdated')));
  if ((await absenceOf(lessonId, ctx.from!.id)).open) return answeredComing(ctx, lessonId, check);
  // Said again: the same answer, nobody told twice.
  await markReminderAnswered(ctx, lessonId, 'yes');
  await ctx.reply(ctx.t('rem-come-after-all', whoseVars(await whoseRecord(ctx.from!.id))));
}
