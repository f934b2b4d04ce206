import { inPersonOf, lessonCallsOn } from '../../../domain/call-lists.js';
import { inPersonVars } from '../../../domain/no-phone-notices.js';
import { sayDate, type LocalDate } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';

/**
 * A day's calls before lessons (/calls): how many, how many made; the people with no phone to remind in person
 * (fix28d); and the people put in on that day, told of its lesson then (fix38c): not calls, but named, so a day of no
 * calls does not look as if someone with a lesson tonight was forgotten (walk36 L11).
 */
export type DaySummary = { date: LocalDate; done: number; count: number; inPerson: string[]; inPersonIds: number[]; told: Array<{ citizenId: number; name: string }> };

export async function daySummary(ctx: BotContext, date: LocalDate): Promise<DaySummary> {
  const { calls, inPerson, inPersonIds, toldThatDay } = inPersonOf(await lessonCallsOn(ctx.role!, date));
  return { date, done: calls.filter((c) => c.done).length, count: calls.length, inPerson, inPersonIds, told: toldThatDay.map((c) => ({ citizenId: c.citizenId, name: c.name })) };
}

/** The line naming the people put in on the lesson's day ('' for none): named while few, else counted. */
export const toldThatDayLine = (ctx: BotContext, told: Array<{ name: string }>) =>
  told.length === 0 ? '' : ctx.t('calls-told-that-day', inPersonVars([...new Set(told.map((t) => t.name))]));

/**
 * A day without calls is said in the text: a button would open a screen with nothing on it. Its people with no phone
 * are named there (walk29 W29-06); so are a day's with calls, not only one press deeper on its list (walk31 W31-04);
 * and under it, who was put in that day and needs no call.
 */
export function daysWithoutCalls(ctx: BotContext, today: DaySummary, tomorrow: DaySummary): string {
  const none = (d: DaySummary, keys: [string, string]) =>
    d.count > 0 && d.inPerson.length === 0 ? '' : ctx.t(keys[d.inPerson.length > 0 ? 1 : 0], { date: sayDate(d.date, ctx.locale), ...inPersonVars(d.inPerson) });
  const day = (d: DaySummary, keys: [string, string]) => [none(d, keys), toldThatDayLine(ctx, d.told)];
  return [...day(today, ['calls-today-none', 'calls-today-in-person']), ...day(tomorrow, ['calls-tomorrow-none', 'calls-tomorrow-in-person'])].filter(Boolean).join('\n');
}
