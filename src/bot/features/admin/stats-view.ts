import type { Center, Course } from '../../../domain/catalog.js';
import { STATS_REFRESH_MINUTES, type StatsReport } from '../../../domain/stats.js';
import { BAR_LABEL_CHARS, type StatsChartInput } from '../../../charts/svg.js';
import type { TranslateFlavor } from '../../context.js';
import { centerPlace, centerWords } from '../../../domain/center-names.js';
import type { Locale } from '../../../notify/notifier.js';

/** Fits a phone screen in monospace without wrapping. */
const LINE = 30;
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const LABEL = LINE - 7;
const row = (label: string, value: string | number, labelWidth = LABEL) => `${fit(label, labelWidth)} ${String(value).padStart(LINE - 1 - labelWidth)}`;

/**
 * Labels cut to the column so that no two rows read the same: where two cut
 * labels coincide ("Кемерово: Библиотека и…"), they keep their beginning and
 * their end instead ("Кемерово: Б…В. Гоголя"), and a number if even that repeats.
 */
export function distinctLabels(labels: string[], width = LABEL): string[] {
  const cut = labels.map((l) => fit(l, width).trimEnd());
  const clash = (i: number) => cut.some((c, j) => j !== i && c === cut[i]);
  const ends = labels.map((l, i) => {
    if (!clash(i) || l.length <= width) return cut[i]!;
    const head = Math.ceil((width - 1) / 2);
    const tail = l.slice(l.length - (width - 1 - head));
    // The end from a word's start: "В. Гоголя", not ". В. Гоголя".
    const fromWord = l[l.length - tail.length - 1] === ' ' || !tail.includes(' ') ? tail : tail.slice(tail.indexOf(' ') + 1);
    return `${l.slice(0, head)}…${fromWord}`;
  });
  const seen = new Map<string, number>();
  return ends.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${fit(l, width - 3).trimEnd()} ${n}`;
  });
}
const WAIT_SHARE_KEYS = { all: 'stats-wait-all', most: 'stats-wait-most', half: 'adm-stats-median-half' } as const;

/** A share in per cent: 100% only for all and 0% only for none (walk34 W34-11: 199 of 200 read «100%»). */
const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${rate <= 0 || rate >= 1 ? Math.round(rate * 100) : Math.min(99, Math.max(1, Math.round(rate * 100)))}%`);

/** "Кемерово: Библиотека им. Н. В. Гоголя", in the reader's language: town first, since many centers share a name. */
export const centerLabel = (centers: Center[], id: string, locale: Locale) => {
  const center = centers.find((c) => c.id === id);
  return center ? centerPlace(center, locale, ': ') : id;
};

/** The kind of street, dropped from a short label: "улица Дзержинского, 19" → "Дзержинского 19". */
const STREET_KINDS = /(^|\s)(улица|ул\.|проспект|пр-т|бульвар|переулок|площадь|шоссе|St|Ave|Blvd|Ln|Sq)(?=\s|$)/g;
const streetOf = (address: string) => address.replace(STREET_KINDS, ' ').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * A center's name in a /stats row, told apart from the others within the
 * column: "town: name" when it fits; else the town alone when the town has no
 * other center ("Прокопьевск"); else the town and the street ("Кемерово:
 * Дзержинского 19"): a name cut to the column ("Кемерово: Библиотека и…")
 * could be any of a town's libraries.
 */
export function statsCenterLabels(centers: Center[], ids: string[], locale: Locale, width: number): string[] {
  const labels = ids.map((id) => {
    const center = centers.find((c) => c.id === id);
    if (!center) return id;
    const words = centerWords(center, locale);
    const full = `${words.town}: ${words.name}`;
    if (full.length <= width) return full;
    if (!centers.some((other) => other.id !== id && other.town === center.town)) return words.town;
    return `${words.town}: ${streetOf(words.address)}`;
  });
  return distinctLabels(labels, width);
}

/** dd.mm of an ISO date. */
const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** "24.11, 10:00" in the given time zone. */
export const localTime = (iso: string | Date, timeZone: string) =>
  new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

export interface StatsViewInput { scopeName: string; timeZone: string; centers: Center[]; courses: Course[]; now?: Date }

/** A stored snapshot's total says its time and age beside the number (walk30 W30-15); counted now, the plain label. */
const totalLabel = (ctx: TranslateFlavor, report: StatsReport, view: StatsViewInput) =>
  report.stored && view.now
    ? ctx.t('stats-total-at', {
      time: localTime(report.computedAt, view.timeZone),
      minutes: Math.max(0, Math.floor((view.now.getTime() - new Date(report.computedAt).getTime()) / 60_000)),
    })
    : ctx.t('adm-stats-total');

/** One row of a /stats table, with the header of its table (shown again at the top of every page the table goes on). */
export interface StatsRow {
  table: string;
  line: string;
  /** A line of words, not of a monospace table (the centers, named in full: walk s22 W22-28). */
  plain?: boolean;
}

/** The rows of the /stats tables (centers, courses, weeks): the part that grows with the region, so it is paged. */
export function statsRows(ctx: TranslateFlavor, report: StatsReport, view: StatsViewInput): StatsRow[] {
  const { centers, courses } = view;
  const rows: StatsRow[] = [];
  const table = (header: string, lines: string[], plain = false) =>
    rows.push(...lines.map((line) => ({ table: escapeHtml(header), line: escapeHtml(line), ...(plain ? { plain } : {}) })));
  // The number column as wide as its header or the largest number.
  const valueWidth = Math.max(ctx.t('adm-stats-col-waiting').length, String(report.totalWaiting).length);
  const labelWidth = LINE - 1 - valueWidth;
  // The centers as every other staff screen names them ("Кемерово, Библиотека имени Н. В. Гоголя"), in lines of
  // words: a monospace column cut them to "Кемерово: Ленина 5" (walk s22 W22-28).
  const place = (id: string) => {
    const center = centers.find((c) => c.id === id);
    return center ? centerPlace(center, ctx.locale) : id;
  };
  // Nobody waiting: the total alone, no heading over an empty list.
  table(report.waitingByCenter.length > 0 ? ctx.t('adm-stats-centers') : '', [
    ...report.waitingByCenter.map(({ centerId, waiting }) => `${place(centerId)}: ${waiting}`),
    `${totalLabel(ctx, report, view)}: ${report.totalWaiting}`,
  ], true);
  // Nobody waiting: no course table (its header alone would read as a table left empty by mistake).
  // A course by its title when it fits the column, else by the short name staff lists use ("Основы"), not a cut title.
  const courseName = (courseId: string) => {
    const course = courses.find((c) => c.id === courseId);
    if (!course) return courseId;
    return course.title[ctx.locale].length <= labelWidth ? course.title[ctx.locale] : course.short[ctx.locale];
  };
  const courseNames = distinctLabels(report.waitingByCourse.map(({ courseId }) => courseName(courseId)), labelWidth);
  table(row(ctx.t('adm-stats-col-course'), ctx.t('adm-stats-col-waiting'), labelWidth), report.waitingByCourse.map(({ waiting }, i) => row(courseNames[i]!, waiting, labelWidth)));
  // The eight weeks are one row of the paging: read together, never cut across two pages.
  table(
    `${fit(ctx.t('adm-stats-col-week'), 8)} ${ctx.t('adm-stats-col-signups').padStart(9)} ${ctx.t('adm-stats-col-enrolled').padStart(9)}`,
    [report.weeks.map((week) => `${fit(dayMonth(week.weekStart), 8)} ${String(week.signups).padStart(9)} ${String(week.enrollments).padStart(9)}`).join('\n')],
  );
  return rows;
}

/** How /stats pages its rows: a table's header opens it, again on every page it goes on to, with a blank line above it. */
export const statsPaging = { line: (row: StatsRow) => row.line, section: (row: StatsRow) => row.table, blankBeforeSection: true };

/**
 * A page's rows as HTML: each table under its header (again at the top of a page it goes on to), a monospace one in
 * <pre>, the centers' lines as they are; a blank line between tables.
 */
export function statsBody(rows: StatsRow[]): string {
  const blocks: Array<{ table: string; plain: boolean; lines: string[] }> = [];
  for (const r of rows) {
    const last = blocks.at(-1);
    if (last && last.table === r.table) last.lines.push(r.line);
    else blocks.push({ table: r.table, plain: r.plain === true, lines: [r.line] });
  }
  const text = (b: (typeof blocks)[number]) => [b.table, ...b.lines].filter(Boolean).join('\n');
  return blocks.map((b) => (b.plain ? text(b) : `<pre>${text(b)}</pre>`)).join('\n\n');
}

/** The totals under the tables (on every page). */
export function statsSummary(ctx: TranslateFlavor, report: StatsReport, view: StatsViewInput): string {
  return escapeHtml(
    [
      // In plain words, not "median" (walk s21 W21-17).
      // As many as waited that long: all, more than half, or half (walk34 W34-11); a snapshot stored before says half.
      report.medianWaitDays === undefined ? ctx.t('adm-stats-median-none') : ctx.t(WAIT_SHARE_KEYS[report.medianWaitShare ?? 'half'], { days: report.medianWaitDays }),
      (report.offers.made === 0 ? ctx.t('adm-stats-offers-none') : ctx.t('adm-stats-offers', { accepted: report.offers.accepted, made: report.offers.made, rate: percent(report.offers.rate) })) +
        // An offer not answered yet is not a refusal (walk s20 #34).
        (report.offers.pending > 0 ? ctx.t('adm-stats-offers-pending', { n: report.offers.pending }) : ''),
      // No lesson marked yet: said so, not "— (0 из 0)" (walk s21 W21-17).
      report.attendance.expected === 0
        ? ctx.t('adm-stats-no-show-none')
        : ctx.t('adm-stats-no-show', { rate: percent(report.attendance.noShowRate), absent: report.attendance.absent, expected: report.attendance.expected }),
      // The current year's totals, then since the start (walk s22 W22-28: "Закончили курс: 0" had no period).
      ctx.t('adm-stats-year', { year: String(report.year.year), finished: report.year.finished, groups: report.year.groups }),
      ctx.t('adm-stats-completions', { n: report.completions }),
      report.stored
        ? ctx.t('adm-stats-as-of', { time: localTime(report.computedAt, view.timeZone), minutes: STATS_REFRESH_MINUTES })
        : ctx.t('stats-as-of-now', { time: localTime(report.computedAt, view.timeZone) }),
    ].join('\n'),
  );
}

/** One page of the /stats text: title, the tables (statsBody: monospace ones readable on a phone), the totals. */
export function statsText(ctx: TranslateFlavor, scopeName: string, body: string, summary: string, counter = ''): string {
  return [`<b>${escapeHtml(ctx.t('adm-stats-title', { scope: scopeName }))}</b>`, body, summary, escapeHtml(counter)].filter(Boolean).join('\n');
}

/** What the chart shows, in the reader's language. */
export function statsChartInput(ctx: TranslateFlavor, report: StatsReport, centers: Center[]): StatsChartInput {
  // The bars' labels as the text rows make them, to the chart's width: two libraries of a town cut to the same
  // "Кемерово: Библиотека им…" could not be told apart (walk s18 #12).
  const labels = statsCenterLabels(centers, report.waitingByCenter.map(({ centerId }) => centerId), ctx.locale, BAR_LABEL_CHARS);
  return {
    barsTitle: ctx.t('adm-stats-chart-waiting'),
    bars: report.waitingByCenter.map(({ waiting }, i) => ({ label: labels[i]!, value: waiting })),
    linesTitle: ctx.t('adm-stats-chart-weeks'),
    weekLabels: report.weeks.map((w) => dayMonth(w.weekStart)),
    series: [
      { label: ctx.t('adm-stats-series-signups'), color: '#2e7dd7', values: report.weeks.map((w) => w.signups) },
      { label: ctx.t('adm-stats-series-enrolled'), color: '#e07b00', values: report.weeks.map((w) => w.enrollments) },
    ],
  };
}
