import { addDays, compareDates, isoDate, sayDate, sayDateAndYear, type LocalDate } from '../../src/domain/time.js';
import { readTypedDate } from '../../src/domain/typed-date.js';
import type { SceneContext } from '../shared/context.js';
import type { Typed } from '../shared/questions.js';

/** A center's day ahead is a year off at most (hidden until, or opening on). */
const LONGEST_DAYS = 366;

/**
 * A typed day after `today` at the center, within a year, as 'YYYY-MM-DD': the day a hidden center takes people again
 * (center-hide.ts) or a new center opens (center-edit.ts, walk34 W34-10). Today and a day too far have each question's
 * own words (`errors`): what to press instead differs.
 */
export function futureDay(ctx: Pick<SceneContext, 'locale'>, today: LocalDate, errors: { today: string; far: string }): Typed {
  return (text) => {
    const d = readTypedDate(text, today);
    if (!d) return { error: 'adm-ctr-hide-date-unreadable' };
    // A day gone by is named, not taken as next year's (probe30 M1: «1.12» on 2 December hid the center for a year).
    if (compareDates(d, today) < 0) return { error: 'adm-ctr-hide-date-gone', vars: { date: d.year === today.year ? sayDate(d, ctx.locale) : sayDateAndYear(d, ctx.locale) } };
    if (compareDates(d, today) === 0) return { error: errors.today };
    if (compareDates(d, addDays(today, LONGEST_DAYS)) > 0) return { error: errors.far };
    return { value: isoDate(d) };
  };
}
