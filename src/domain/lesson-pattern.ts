import { formatLessonTime, sayDate, toLocal } from './time.js';

/**
 * A group's lessons the way a person would tell them: a weekly rhythm as a
 * pattern ("по понедельникам и средам в 10:00, 12 занятий, с 1 декабря"),
 * a few lessons one per line, many without a rhythm as a span ("8 занятий, с 1 по 20 декабря"). Returned as Fluent variables
 * for `lessons-said` (locales/*\/schedule.ftl), which chooses by `$schedule`
 * and puts the plural of `$count` through Fluent: a 12-lesson offer stays
 * short (a citizen's message is at most 60 words).
 */
export interface ScheduleVars extends Record<string, string | number> {
  schedule: 'pattern' | 'span' | 'list';
  weekdays: string;
  time: string;
  count: number;
  from: string;
  /** The last lesson's date (a span). */
  to: string;
  /** One lesson per line, each line beginning with "• " (empty for a pattern). */
  lessons: string;
}

/** Weekdays after "по" / "on", Monday first. */
const ON_WEEKDAYS: Record<string, string[]> = {
  ru: ['понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам', 'субботам', 'воскресеньям'],
  en: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
};
const AND: Record<string, string> = { ru: 'и', en: 'and' };

/** Up to this many lessons are listed one by one. */
const LISTED = 3;

export function scheduleVars(starts: Date[], timeZone: string, locale: string): ScheduleVars {
  const sorted = [...starts].sort((a, b) => a.getTime() - b.getTime());
  const local = sorted.map((s) => toLocal(s, timeZone));
  const times = new Set(local.map((l) => `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`));
  const weekdays = [...new Set(local.map((l) => l.weekday))].sort();
  const list = sorted.map((s) => `• ${formatLessonTime(s, timeZone, locale)}`).join('\n');
  const base = { weekdays: '', time: '', count: sorted.length, from: '', to: '', lessons: `\n${list}` };
  if (sorted.length <= LISTED) return { schedule: 'list', ...base };
  // Many lessons without one rhythm: how many, from when to when (the dates are in the group's own messages).
  if (times.size !== 1 || weekdays.length > 3) return { ...base, schedule: 'span', from: sayDate(local[0]!, locale), to: sayDate(local.at(-1)!, locale), lessons: '' };
  const names = weekdays.map((d) => (ON_WEEKDAYS[locale] ?? ON_WEEKDAYS.en!)[d]!);
  const said = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${AND[locale] ?? AND.en} ${names.at(-1)}`;
  return { ...base, schedule: 'pattern', weekdays: said, time: [...times][0]!, from: sayDate(local[0]!, locale), lessons: '' };
}
