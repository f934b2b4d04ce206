import type { Locale } from '../notify/notifier.js';
import { enqueue, withdrawUnsent } from '../outbox/index.js';
import { centerPlace } from './center-names.js';
import type { Center } from './catalog.js';
import { centerCardData } from './center-card-data.js';
import { staffLanguages } from './staff-language.js';
import { addDays, fromLocal, isoDate, localToday, parseIsoDate, sayDate, sayDateAndYear } from './time.js';

/**
 * A center hidden for a while (repairs, a librarian on leave: walk s21 W21-14) can carry the day it plans to take
 * people again. The people waiting there are told that day ("примерно с 15 декабря"), and the coordinator who hid
 * it is reminded that morning to show it again (or to hide it for longer): the bot never reopens a center by
 * itself, since a repair can run late. The reminder is an outbox item held until that day; reopening earlier
 * withdraws it.
 */

/** How long a coordinator can hide a center for, in days; 'unknown' gives no day. */
export const HIDE_TERMS = { '1w': 7, '2w': 14, '1m': 30, '3m': 91, unknown: 0 } as const;
export type HideTerm = keyof typeof HIDE_TERMS;
export const isHideTerm = (text: string): text is HideTerm => Object.hasOwn(HIDE_TERMS, text);

/** The planned day ('YYYY-MM-DD' at the center) for a term chosen now; undefined for 'unknown'. */
export function reopeningDay(term: HideTerm | { until: string }, now: Date, timeZone: string): string | undefined {
  // A day the coordinator typed (a closure of a few days: W29-15), checked to be ahead when it was asked.
  if (typeof term !== 'string') return term.until;
  const days = HIDE_TERMS[term];
  return days > 0 ? isoDate(addDays(localToday(now, timeZone), days)) : undefined;
}

/** The planned day while it is still ahead (today included) at the center; a day gone by says nothing true (probe s23 L5). */
export function reopeningAhead(reopensOn: string | undefined, now: Date, timeZone: string): string | undefined {
  return reopensOn && reopensOn >= isoDate(localToday(now, timeZone)) ? reopensOn : undefined;
}

/**
 * A new center added before it opens (walk34 W34-10) is shown to citizens and takes them onto its line already; its
 * first day is said where they choose it and on their place screen until that day: on it, the center is open.
 */
export function openingAhead(center: { opensOn?: string; timeZone: string }, now: Date): string | undefined {
  return center.opensOn && center.opensOn > isoDate(localToday(now, center.timeZone)) ? center.opensOn : undefined;
}

/** Farther than this from `now`, the day is said with its year (probe30 M1: «до 1 декабря» meant a year on). */
const WITHOUT_YEAR_DAYS = 61;

/** "15 декабря" / "15 December"; with `now`, a day more than two months on is "1 декабря 2027 года"; '' without a day. */
export function sayReopening(reopensOn: string | undefined, locale: Locale, now?: Date): string {
  const day = reopensOn ? parseIsoDate(reopensOn) : undefined;
  if (!day) return '';
  // The date of `now` in UTC: a day off at most, which two months do not notice.
  const far = now !== undefined && reopensOn! > isoDate(addDays(localToday(now, 'UTC'), WITHOUT_YEAR_DAYS));
  return far ? sayDateAndYear(day, locale) : sayDate(day, locale);
}

const REMINDER_KEY = 'center-reopen-due:';
/** The coordinator reads it at the start of a working day. */
const REMINDER_HOUR = 9;

/** Holds "today is the day this center planned to take people again" for the coordinator who hid it. */
export async function remindOfReopening(center: Center, reopensOn: string, coordinatorId: number, now: Date): Promise<void> {
  const day = parseIsoDate(reopensOn);
  if (!day) return;
  const language = (await staffLanguages([coordinatorId])).get(coordinatorId) ?? 'ru';
  await enqueue(
    [
      {
        // The moment of this hiding in the key: hidden, shown and hidden again the same day still reminds (probe s23 M2).
        key: `${REMINDER_KEY}${center.id}:${now.getTime()}:${coordinatorId}`,
        citizenId: coordinatorId,
        priority: 'personal',
        notBefore: fromLocal(day, REMINDER_HOUR, 0, center.timeZone),
        message: {
          text: { key: 'adm-ctr-reopen-due', vars: { center: centerPlace(center, language), date: sayDate(day, language) } },
          // The center's card (answered by the /centers feature), where "▶️ Show again" is one tap away.
          buttons: [[{ text: { key: 'adm-ctr-reopen-due-open' }, data: centerCardData.pack('c', center.id) }]],
        },
      },
    ],
    now,
  );
}

/** The center was shown again (on the day or earlier): its reminder, if not sent yet, is not sent. */
export async function dropReopeningReminder(centerId: string): Promise<void> {
  await withdrawUnsent([`${REMINDER_KEY}${centerId}:`], 'center reopened');
}
