/**
 * Wall-clock time in a center's time zone <-> UTC instants, with Intl only.
 * Instants are stored in UTC; people see the center's local time.
 */

export interface LocalDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What a wall clock in `timeZone` shows at `instant`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAY_INDEX[parts.weekday ?? 'Mon'] ?? 0,
  };
}

/** The UTC instant when the wall clock in `timeZone` shows this date and time. */
export function fromLocal(date: LocalDate, hour: number, minute: number, timeZone: string): Date {
  const wanted = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // Two passes settle the offset, also across a daylight-saving change.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const shown = toLocal(new Date(guess), timeZone);
    const shownMs = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
    guess += wanted - shownMs;
  }
  return new Date(guess);
}

/** Today's date on the wall calendar of `timeZone`. */
export function localToday(now: Date, timeZone: string): LocalDate {
  const { year, month, day } = toLocal(now, timeZone);
  return { year, month, day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday */
export function weekdayOf(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export const compareDates = (a: LocalDate, b: LocalDate) => a.year - b.year || a.month - b.month || a.day - b.day;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-01" (short, for callback data). */
export const isoDate = (d: LocalDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export function parseIsoDate(text: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * "01.12.2026" (or "1.12.26") typed by a person; with `today`, also "2.12" as
 * people write it: the next such day from today (this year, or next year once it has passed).
 */
export function parseDottedDate(text: string, today?: LocalDate): LocalDate | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (m[3] === undefined) {
    if (!today) return undefined;
    const thisYear = validDate(today.year, month, day);
    return thisYear && compareDates(thisYear, today) >= 0 ? thisYear : validDate(today.year + 1, month, day);
  }
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return validDate(year, month, day);
}

/**
 * A time of day as people type it (walk34 W34-03): "10:00", "9.30", «в 11», «в 11 часов», «11 ч», «в 18.30», «к 9:15»,
 * «в 6 вечера», «в 2 часа дня», "at 11", "6 pm", "11 o'clock"; an hour alone is on the hour.
 */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const m = TIME_WORDS.exec(text.trim().toLowerCase().replace(/\s+/g, ' '));
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  // «вечера», «дня», "pm" after an hour of the clock's face: the afternoon's (12 is noon itself).
  if (m[3] && /^(дня|вечера|pm|p\.m\.)$/.test(m[3])) {
    if (hour > 12) return undefined;
    if (hour < 12) hour += 12;
  } else if (m[3] && hour > 12) return undefined;
  return { hour, minute };
}

/** [hour, minutes?, part of the day?]: «в 11 часов», «к 9:15», «в 2 часа дня», "at 6 pm". */
const TIME_WORDS = /^(?:(?:в|во|к|at|by) )?([01]?\d|2[0-3])(?:[:.]([0-5]\d))?(?: ?(?:ч\.?|час|часа|часов|h|o'?clock))?(?: ?(утра|дня|вечера|am|pm|a\.m\.|p\.m\.))?$/;

function validDate(year: number, month: number, day: number): LocalDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : undefined;
}

export const dottedDate = (d: LocalDate) => `${pad(d.day)}.${pad(d.month)}.${d.year}`;

/**
 * A date as people say it, in the center's zone and the reader's language:
 * "1 декабря, вторник, 10:00", "Tuesday 1 December, 10:00" (no abbreviations;
 * the day first, so that it reads after "с", "до", "Было:").
 */
export function formatLessonTime(instant: Date, timeZone: string, locale: string): string {
  const local = toLocal(instant, timeZone);
  const time = clockTime(instant, timeZone);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(instant);
  return locale === 'ru' ? `${sayDate(local, locale)}, ${weekday}, ${time}` : `${weekday} ${sayDate(local, locale)}, ${time}`;
}

/** "19:55": the time of day of `instant` in the zone. */
export function clockTime(instant: Date, timeZone: string): string {
  const local = toLocal(instant, timeZone);
  return `${pad(local.hour)}:${pad(local.minute)}`;
}

/** 'today' or 'tomorrow' when `instant` falls on that date in the zone (to say "сегодня в 19:55": walk s22 W22-25). */
export function nearDay(instant: Date, now: Date, timeZone: string): 'today' | 'tomorrow' | undefined {
  const [day, today] = [localToday(instant, timeZone), localToday(now, timeZone)];
  return compareDates(day, today) === 0 ? 'today' : compareDates(day, addDays(today, 1)) === 0 ? 'tomorrow' : undefined;
}

/** 'today' or 'yesterday' when a day past is one of those on `today`'s calendar (to say «с сегодняшнего дня», not the date). */
export function recentDay(date: LocalDate, today: LocalDate): 'today' | 'yesterday' | undefined {
  return compareDates(date, today) === 0 ? 'today' : compareDates(date, addDays(today, -1)) === 0 ? 'yesterday' : undefined;
}

/** "1 декабря", "1 December": a date of this year or the next, as people say it. */
export function sayDate(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day)),
  );
}

/** "1 декабря 2027 года", "1 December 2027": a date far ahead, said with its year (no «г.»). */
export function sayDateAndYear(date: LocalDate, locale: string): string {
  return locale === 'ru' ? `${sayDate(date, locale)} ${date.year} года` : `${sayDate(date, locale)} ${date.year}`;
}

/** Morning before 12:00, afternoon before 17:00, evening after. */
export function timeOfDayAt(instant: Date, timeZone: string): 'morning' | 'afternoon' | 'evening' {
  const { hour } = toLocal(instant, timeZone);
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/**
 * A deadline for a person's answer, out of the night: one falling from 21:00 to 09:00 on the wall clock moves to 10:00
 * the next morning (walk s28 W28-08: "ответьте до … 03:22" after a group opened at night; nobody answers then, and
 * the seat's next offer would go out at night too).
 */
export function awakeDeadline(at: Date, timeZone: string): Date {
  const local = toLocal(at, timeZone);
  if (local.hour >= 9 && local.hour < 21) return at;
  return fromLocal(local.hour >= 21 ? addDays(local, 1) : local, 10, 0, timeZone);
}
