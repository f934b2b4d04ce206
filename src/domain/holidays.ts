import { toLocal, type LocalDate } from './time.js';

/**
 * Russia's fixed public holidays (Labour Code, art. 112): the New Year break
 * 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November.
 * Days off moved by the yearly government decree are not known here: the
 * warning is a prompt to check, not a calendar.
 */
const FIXED_HOLIDAYS: ReadonlyArray<readonly [month: number, day: number]> = [
  [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8],
  [2, 23], [3, 8], [5, 1], [5, 9], [6, 12], [11, 4],
];

export function isPublicHoliday(date: LocalDate): boolean {
  return FIXED_HOLIDAYS.some(([month, day]) => date.month === month && date.day === day);
}

/** The lessons (UTC starts) that fall on a public holiday in the center's time zone, as "dd.mm.yyyy". */
export function holidayLessonDates(starts: Date[], timeZone: string): string[] {
  const dates = starts.map((s) => toLocal(s, timeZone)).filter(isPublicHoliday);
  const pad = (n: number) => String(n).padStart(2, '0');
  return [...new Set(dates.map((d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`))];
}
