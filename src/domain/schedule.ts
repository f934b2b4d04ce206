import { addDays, compareDates, fromLocal, toLocal, weekdayOf, type LocalDate } from './time.js';

/** Lessons on chosen weekdays at one time, from a start date on. */
export interface WeeklyPattern {
  kind: 'weekly';
  startDate: LocalDate;
  /** 0 = Monday … 6 = Sunday */
  weekdays: number[];
  hour: number;
  minute: number;
  count: number;
}

/** Lessons on dates typed one by one. */
export interface DateListPattern {
  kind: 'dates';
  lessons: Array<{ date: LocalDate; hour: number; minute: number }>;
}

export type LessonPattern = WeeklyPattern | DateListPattern;

export const MAX_LESSONS = 40;

/** The lessons' start instants (UTC), in order. */
export function lessonStarts(pattern: LessonPattern, timeZone: string): Date[] {
  if (pattern.kind === 'dates') {
    return pattern.lessons
      .map((l) => fromLocal(l.date, l.hour, l.minute, timeZone))
      .sort((a, b) => a.getTime() - b.getTime());
  }
  const starts: Date[] = [];
  if (pattern.weekdays.length === 0) return starts;
  for (let date = pattern.startDate; starts.length < Math.min(pattern.count, MAX_LESSONS); date = addDays(date, 1)) {
    if (pattern.weekdays.includes(weekdayOf(date))) starts.push(fromLocal(date, pattern.hour, pattern.minute, timeZone));
  }
  return starts;
}

type DateParser = (s: string) => LocalDate | undefined;
type TimeParser = (s: string) => { hour: number; minute: number } | undefined;

/** "01.12.2026 10:00" lines (also "1.12.26 10:00", "9 декабря 10:00"), one lesson each; undefined if any line is unreadable. */
export function parseDateList(text: string, parseDate: DateParser, parseTime: TimeParser) {
  const read = readDateList(text, parseDate, parseTime);
  return 'lessons' in read ? read.lessons : undefined;
}

/** What is wrong with a typed list of dates: the first line that cannot be read, and why (walk s20 #20). */
export type DateListProblem = { problem: 'count' } | { problem: 'date' | 'time' | LessonTooLate; line: number; text: string };

/** A lesson's day has passed ('past'), or it is today at an hour already gone ('past-time': probe s21 L6). */
export type LessonTooLate = 'past' | 'past-time';

/** The lessons of a typed list, or its first problem; `late` says whether a date and time can no longer have a lesson. */
export function readDateList(
  text: string, parseDate: DateParser, parseTime: TimeParser,
  late: (d: LocalDate, t: { hour: number; minute: number }) => LessonTooLate | undefined = () => undefined,
) {
  const lines = text.split(/[\n,;]+/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > MAX_LESSONS) return { problem: 'count' } as DateListProblem;
  const lessons: DateListPattern['lessons'] = [];
  for (const [i, line] of lines.entries()) {
    // The time is at the end, the date all before it: «9 декабря 10:00» as well as «09.12.2026 10:00» (walk30 W30-09),
    // and the time in words, «9 декабря в 11 часов» (walk34 W34-03): the last word, else the last two to four.
    const words = line.split(/\s+/);
    // A line of one word is a date without its time.
    const split = (n: number) => (words.length > n
      ? { date: parseDate(words.slice(0, -n).join(' ')), time: parseTime(words.slice(-n).join(' ')) }
      : { date: parseDate(line), time: undefined });
    const { date, time } = [1, 2, 3, 4].map(split).find((s) => s.date && s.time) ?? split(1);
    const problem = !date ? 'date' : !time ? 'time' : late(date, time);
    if (problem) return { problem, line: i + 1, text: line.length > 40 ? `${line.slice(0, 40)}…` : line } as DateListProblem;
    lessons.push({ date: date!, ...time! });
  }
  return { lessons };
}

export const sameOrAfter = (a: LocalDate, b: LocalDate) => compareDates(a, b) >= 0;

/**
 * Two lessons of one group at the same time (probe s21 L6: 23:50 for 90 minutes, then 00:10): the numbers of the
 * first such pair in the order of `starts` (sorted), 1-based, or undefined.
 */
export function overlappingLessons(starts: Date[], durationMinutes: number): { first: number; second: number } | undefined {
  const i = starts.findIndex((s, k) => k > 0 && s.getTime() < starts[k - 1]!.getTime() + durationMinutes * 60_000);
  return i > 0 ? { first: i, second: i + 1 } : undefined;
}

/** A lesson starting sooner than this leaves participants little time to hear of it. */
const SOON_MS = 2 * 3600_000;
/** Local hours [22:00, 07:00) nobody teaches at: such a time is most likely a typo. */
const NIGHT_FROM = 22;
const NIGHT_UNTIL = 7;

/**
 * Warnings for a confirm step (/newclass, /change): a lesson starting in less
 * than two hours, or one at night in the center's zone. Only warnings; the
 * librarian may still go on. Locale keys with their variables, at most one of each.
 */
export function startWarnings(starts: Date[], now: Date, timeZone: string): Array<{ key: string; vars?: Record<string, string> }> {
  const warnings: Array<{ key: string; vars?: Record<string, string> }> = [];
  if (starts.some((s) => s.getTime() - now.getTime() < SOON_MS)) warnings.push({ key: 'lesson-warn-soon' });
  const night = starts.map((s) => toLocal(s, timeZone)).find((l) => l.hour >= NIGHT_FROM || l.hour < NIGHT_UNTIL);
  if (night) warnings.push({ key: 'lesson-warn-night', vars: { time: `${String(night.hour).padStart(2, '0')}:${String(night.minute).padStart(2, '0')}` } });
  return warnings;
}
