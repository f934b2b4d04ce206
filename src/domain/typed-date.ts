import { addDays, compareDates, weekdayOf, type LocalDate } from './time.js';

/**
 * A day as staff and citizens type it, read one way on every date question (walk30 W30-09: «9 декабря» typed as the
 * buttons read was «не удалось понять дату»): «9 декабря», «9 дек», «9.12», «09.12.2026», «завтра», «послезавтра»,
 * «в среду» / «среда» (the next one), «9 декабря, среда»; in English «9 December», «Dec 9», «tomorrow», «Wednesday».
 * `today` is the date at the center (its time zone, the injected clock). Each question keeps its own rules (not in
 * the past, not too far): this only reads.
 */

/**
 * A day and month typed without a year that fell at most this many days ago is that day gone by (the question then
 * says it has passed), not the same day a year on (probe30 M1: «1.12» on 2 December hid a center for a year).
 */
const RECENT_PAST_DAYS = 92;

const MONTHS: RegExp[] = [
  /^(янв(ар[яье])?|jan(uary)?)$/,
  /^(фев(р|рал[яье])?|feb(ruary)?)$/,
  /^(мар(т|та|те)?|mar(ch)?)$/,
  /^(апр(ел[яье])?|apr(il)?)$/,
  /^(ма[йяе]|may)$/,
  /^(июн[яье]?|june?)$/,
  /^(июл[яье]?|july?)$/,
  /^(авг(уст|уста|усте)?|aug(ust)?)$/,
  /^(сен(т|тябр[яье])?|sep(t|tember)?)$/,
  /^(окт(ябр[яье])?|oct(ober)?)$/,
  /^(ноя(б|бр[яье])?|nov(ember)?)$/,
  /^(дек(абр[яье])?|dec(ember)?)$/,
];

/** 0 = Monday … 6 = Sunday; the forms «в среду», «до среды», «среда» and short ones. */
const WEEKDAYS: RegExp[] = [
  /^(понедельник[а]?|пн|mon(day)?)$/,
  /^(вторник[а]?|вт|tue(s|sday)?)$/,
  /^(сред[аеуы]|ср|wed(nesday)?)$/,
  /^(четверг[а]?|чт|thu(r|rs|rsday)?)$/,
  /^(пятниц[аеуы]|пт|fri(day)?)$/,
  /^(суббот[аеуы]|сб|sat(urday)?)$/,
  /^(воскресень[еяю]|вс|sun(day)?)$/,
];

const RELATIVE: Record<string, number> = { сегодня: 0, today: 0, завтра: 1, tomorrow: 1, послезавтра: 2, 'day after tomorrow': 2 };

/** Words around a date that say nothing of the day: «в», «на», «до», «с», «on», «the», «of», «года». */
const FILLER = new Set(['в', 'во', 'на', 'до', 'с', 'со', 'к', 'on', 'by', 'until', 'till', 'from', 'the', 'of', 'this', 'это', 'эту', 'этот', 'года', 'год', 'г', 'year']);

/** The day typed, or undefined when it is not a day (or its weekday does not match its date). */
export function readTypedDate(text: string, today: LocalDate): LocalDate | undefined {
  const words = wordsOfDate(text);
  if (words.length === 0) return undefined;
  const relative = RELATIVE[words.join(' ')];
  if (relative !== undefined) return addDays(today, relative);
  const weekdays = words.map((w) => WEEKDAYS.findIndex((re) => re.test(w))).filter((d) => d >= 0);
  const rest = words.filter((w) => !WEEKDAYS.some((re) => re.test(w)));
  if (weekdays.length > 1) return undefined;
  if (rest.length === 0) return nextWeekday(today, weekdays[0]!);
  const date = calendarDate(rest, today);
  return date && (weekdays.length === 0 || weekdayOf(date) === weekdays[0]) ? date : undefined;
}

/**
 * A day gone by as a paper list writes it in words (walk34 W34-02): «1 декабря», «1 дек. 2025», «1 декабря 2025 г.»,
 * «Dec 1, 2025». Without a year it is the latest such day not after `today` (a list records days past). Digits alone
 * («01.12.2025») are the caller's (import/values.ts), and weekdays or «вчера» are no date of a list: undefined.
 */
export function readPastDate(text: string, today: LocalDate): LocalDate | undefined {
  const words = wordsOfDate(text);
  if (words.length < 2 || !words.some((w) => monthOf(w) > 0)) return undefined;
  return calendarDate(words, today, (month, day) =>
    [0, 1, 2, 3, 4, 5, 6, 7, 8].map((back) => validDate(today.year - back, month, day)).find((d) => d && compareDates(d, today) <= 0));
}

/** The words of a typed day, lower case, ё as е, without the filler that says nothing of it. */
function wordsOfDate(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[,!?]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w && !FILLER.has(w));
}

/** «в среду» on a Wednesday is the next week's: today is «сегодня». */
function nextWeekday(today: LocalDate, weekday: number): LocalDate {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7 || 7);
}

const dayNumber = (w: string) => /^(\d{1,2})(-?(го|е|ое)|st|nd|rd|th)?$/.exec(w)?.[1];
const monthOf = (w: string) => MONTHS.findIndex((re) => re.test(w)) + 1;
const yearOf = (w: string | undefined) => (w === undefined ? undefined : /^\d{4}$/.test(w) ? Number(w) : /^\d{2}$/.test(w) ? 2000 + Number(w) : NaN);

/** The first such day from a little before today: last December's «28.12» typed on 5 January, too. */
const comingDay = (today: LocalDate) => (month: number, day: number) =>
  [today.year - 1, today.year, today.year + 1]
    .map((y) => validDate(y, month, day))
    .find((d) => d && compareDates(addDays(d, RECENT_PAST_DAYS), today) >= 0);

/** «9.12», «09.12.2026», «9/12/26», «9 декабря [2026]», «Dec 9 [2026]»; without a year, `yearless` picks it. */
function calendarDate(words: string[], today: LocalDate, yearless = comingDay(today)): LocalDate | undefined {
  let day: number, month: number, year: number | undefined;
  const numeric = words.length === 1 ? /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?$/.exec(words[0]!) : null;
  if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), yearOf(numeric[3])];
  } else if (words.length === 2 || words.length === 3) {
    const [a, b, y] = words as [string, string, string | undefined];
    const [d, m] = dayNumber(a) && monthOf(b) ? [dayNumber(a)!, monthOf(b)] : dayNumber(b) && monthOf(a) ? [dayNumber(b)!, monthOf(a)] : [undefined, 0];
    if (!d || !m) return undefined;
    [day, month, year] = [Number(d), m, yearOf(y)];
  } else return undefined;
  if (year !== undefined) return Number.isNaN(year) ? undefined : validDate(year, month, day);
  return yearless(month, day);
}

function validDate(year: number, month: number, day: number): LocalDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : undefined;
}
