import { InlineKeyboard } from 'grammy';
import { groupRoom } from '../../domain/place-words.js';
import { tellLibrarianAbsent } from '../../domain/absence-notices.js';
import { checkReminderAnswer, reminderData } from '../../domain/reminders.js';
import { lessonIdAt } from '../../domain/said-absent.js';
import { whoseRecord, whoseVars } from '../../domain/whose-record.js';
import { groupKeeper } from '../../domain/staff-leaving.js';
import { clockTime, formatLessonTime, nearDay } from '../../domain/time.js';
import type { BotContext } from '../context.js';
import { askedToRelease } from './leave-in-words.js';
import { markAsked } from './asked.js';
import { releaseMenu } from './waitlist.js';
import { markReminderAnswered } from './reminders/answered.js';

/**
 * A typed «не смогу прийти» for one lesson does what the reminder's «Не смогу» does (walk29 W29-24): the group's
 * librarian is told once that the person will not come (so nobody rings her), and before her first lesson she is
 * asked whether to give up the seat; later lessons need nothing more. «Не знаю, смогу ли» asks the reminder's question.
 */

export interface SeatLessons {
  entryId: string;
  course?: string;
  timeZone: string;
  room: string;
  roomEn?: string;
}

/** "завтра в 10:00", or the date in full. */
export function lessonWhen(ctx: BotContext, start: Date, timeZone: string): string {
  const near = nearDay(start, ctx.deps.now(), timeZone);
  return near ? ctx.t(`place-when-${near}`, { time: clockTime(start, timeZone) }) : formatLessonTime(start, timeZone, ctx.locale);
}

/** Whether that lesson is still ahead and the seat's first one (her «Не смогу» to it asks whether to give the seat up). */
export async function isFirstLesson(ctx: BotContext, seat: SeatLessons, start: Date): Promise<boolean> {
  const lessonId = await lessonIdAt(ctx.from!.id, seat.entryId, start);
  const check = lessonId ? await checkReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now()) : undefined;
  return !!check?.ok && check.firstLesson;
}

/**
 * False when that lesson is no longer ahead of a seat of theirs (nothing said). `askSeat` false: a first lesson's seat
 * is not asked about (another seat's question comes instead, walk36 L7); she is told it stays hers and where to give it up.
 */
export async function cantComeTo(ctx: BotContext, seat: SeatLessons, start: Date, sure: boolean, askSeat = true): Promise<boolean> {
  const lessonId = await lessonIdAt(ctx.from!.id, seat.entryId, start);
  const check = lessonId ? await checkReminderAnswer(ctx.from!.id, lessonId, ctx.deps.now()) : undefined;
  if (!lessonId || !check?.ok) return false;
  const lesson = ctx.t('cant-come-lesson', { when: lessonWhen(ctx, start, seat.timeZone), room: groupRoom(seat, ctx.locale) });
  // Whose lesson, when a relative reads it (walk36 L2): the give-up question below says it itself.
  const whose = whoseVars(await whoseRecord(ctx.from!.id));
  const lessonOf = () => ctx.t('cant-come-lesson', { when: lessonWhen(ctx, start, seat.timeZone), room: groupRoom(seat, ctx.locale), ...whose });
  if (!sure) {
    const keyboard = new InlineKeyboard().text(ctx.t('rem-btn-yes'), reminderData.pack('yes', lessonId)).text(ctx.t('rem-btn-no'), reminderData.pack('no', lessonId));
    const asked = await ctx.reply(`${lessonOf()}\n${ctx.t('cant-come-unsure', { no: ctx.t('rem-btn-no') })}`, { reply_markup: keyboard });
    // «Да» / «нет» typed right after it answers it as its buttons do (come-words.ts).
    markAsked(ctx, { kind: 'come', message: asked.message_id, lesson: lessonId });
    return true;
  }
  const librarianId = await groupKeeper(check.groupId, check.librarianId, ctx.deps.config.ADMIN_IDS, ctx.deps.now());
  const told = await tellLibrarianAbsent(ctx.from!.id, lessonId, librarianId, ctx.deps.now(), ctx.deps.config.DEFAULT_LOCALE);
  ctx.log.info({ lesson_id: lessonId, citizen_id: ctx.from!.id }, 'typed: cannot come');
  // The reminders of that lesson lose their «Приду / Не смогу» and say «Вы ответили «Не смогу»»: answered in words.
  await markReminderAnswered(ctx, lessonId, 'no');
  // Said before («Нет, остаться в группе» then): the seat is not asked about again (probe40 L6).
  const view = check.firstLesson && askSeat && told ? await releaseMenu.open(ctx, { entry: seat.entryId }) : null;
  if (!view) {
    const kept = check.firstLesson && !askSeat ? [ctx.t('cant-come-seat-kept', { course: seat.course ?? '' })] : [];
    await ctx.reply([lessonOf(), ctx.t('rem-answer-no'), ...kept].join('\n'));
    return true;
  }
  askedToRelease(ctx, seat.entryId, (await releaseMenu.send(ctx, { ...view, lead: `${lesson}\n${ctx.t('cant-come-told')}` })).message_id);
  return true;
}
