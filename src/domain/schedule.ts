import { addDays, compareDates, fromLocal, weekdayOf, type LocalDate } from './time.js';

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

/** "01.12.2026 10:00" lines (also "1.12.26 10:00"), one lesson each; undefined if any line is unreadable. */
export function parseDateList(text: string, parseDate: (s: string) => LocalDate | undefined, parseTime: (s: string) => { hour: number; minute: number } | undefined) {
  const lines = text.split(/[\n,;]+/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > MAX_LESSONS) return undefined;
  const lessons: DateListPattern['lessons'] = [];
  for (const line of lines) {
    const [d, t] = line.split(/\s+/);
    const date = d ? parseDate(d) : undefined;
    const time = t ? parseTime(t) : undefined;
    if (!date || !time) return undefined;
    lessons.push({ date, ...time });
  }
  return lessons;
}

export const sameOrAfter = (a: LocalDate, b: LocalDate) => compareDates(a, b) >= 0;
