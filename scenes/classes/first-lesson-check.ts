import type { Checkpoint } from '@grammyjs/conversations';
import { compareDates, localToday, sayDate, toLocal } from '../../src/domain/time.js';
import type { SceneContext } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';

/** A first lesson today sooner than this is asked about (walk29 W29-22: 07:50 typed at 05:50 went on without a word). */
const SOON_MINUTES = 180;

/**
 * The earliest opening hour in a center card's hours («будни 10:00–19:00, суббота 10:00–17:00»: 10:00), as minutes
 * from midnight; undefined when the card names none.
 */
export function openingMinutes(hours: string | undefined): number | undefined {
  const opens = [...(hours ?? '').matchAll(/(\d{1,2})[:.](\d{2})\s*[–—-]/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return opens.length > 0 ? Math.min(...opens) : undefined;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The question for a first lesson that looks like a slip: today in less than three hours, or before the center opens
 * by its card. Undefined when it looks ordinary.
 */
export function firstLessonDoubt(ctx: SceneContext, first: Date, now: Date, timeZone: string, hours: string | undefined): string | undefined {
  const local = toLocal(first, timeZone);
  const today = compareDates(local, localToday(now, timeZone)) === 0;
  const away = Math.floor((first.getTime() - now.getTime()) / 60_000);
  const at = local.hour * 60 + local.minute;
  const opens = openingMinutes(hours);
  const reasons = [
    ...(today && away < SOON_MINUTES ? [away >= 60 ? ctx.t('first-lesson-in-hours', { hours: Math.floor(away / 60) }) : ctx.t('first-lesson-in-minutes', { minutes: Math.max(away, 1) })] : []),
    ...(opens !== undefined && at < opens ? [ctx.t('first-lesson-before-opening', { opens: clock(opens) })] : []),
  ];
  if (reasons.length === 0) return undefined;
  const when = today ? ctx.t('first-lesson-today', { time: clock(at) }) : ctx.t('first-lesson-day', { date: sayDate(local, ctx.locale), time: clock(at) });
  return ctx.t('first-lesson-check', { when, reasons: reasons.join(', ') });
}

/** Asks about such a first lesson: «Да, верно» goes on, «Изменить» goes back to `mark` (the time or the dates) with `again`. */
export async function confirmFirstLesson(q: Questions, ctx: SceneContext, doubt: string | undefined, mark: Checkpoint, again: string): Promise<void> {
  if (doubt === undefined) return;
  const answer = await q.ask(doubt, {
    choices: [
      { label: ctx.t('first-lesson-yes'), value: 'yes' },
      { label: ctx.t('first-lesson-change'), value: 'change' },
    ],
  });
  if (answer === 'change') await q.rewindTo(mark, ctx.t(again));
}
