import { classify, OLDEST_JOIN_YEARS, type Decisions, type ImportPreview, type MatchToConfirm } from '../../src/domain/import/classify.js';
import type { Field } from '../../src/domain/import/columns.js';
import type { PreparedImport } from '../../src/domain/import/prepare.js';
import type { Role } from '../../src/domain/roles.js';
import { toCsv } from '../../src/domain/csv.js';
import { dottedDate, toLocal } from '../../src/domain/time.js';
import { identityKey } from '../../src/domain/person-names.js';
import { phoneToRead } from '../../src/domain/phone.js';

/** What the conversation keeps of a preview: small, and no person's name or phone (it is stored between updates). */
export interface ImportSummary {
  fileHash: string;
  format: string;
  encoding?: string;
  delimiter?: string;
  columns: Array<{ header: string; field: Field }>;
  ignored: string[];
  rows: number;
  toAdd: number;
  /** Of toAdd, rows with an empty phone: people with no phone (fix28d). */
  noPhone: number;
  onList: number;
  /** Of onList, those the file says joined earlier: Confirm moves their place to the file's day. */
  earlier: number;
  importedBefore: number;
  duplicates: number;
  rejected: number;
  /** Of the rejected, rows whose center is unknown or not the person's: the reply names the centers it knows. */
  rejectedForCenter: number;
  waiting: number;
  toConfirm: MatchToConfirm[];
  /** Lines whose date was there but not understood (walk34 W34-02): named on the preview, all of them up to a few. */
  badDates?: number[];
  /** Lines added (or moved to an earlier day) whose date had no year, by the year taken for it (fix35g, after W34-02). */
  yearsGuessed?: Array<{ year: number; lines: number[] }>;
  /** The first rejected lines (line and reason only); all of them, with the cell, are in the details file. */
  firstRejected: Array<{ line: number; reason: string; also?: string[] }>;
  fileImportedAt?: string;
  /** No center column, one center of hers: every row is there (walk s22 W22-08); its name in the reader's words. */
  soleCenter?: { id: string; label?: string };
}

/**
 * Rejected lines shown in the preview; the rest are in the file sent with it.
 * Three keep the preview within 60 words (issue 16) even with every count,
 * "this file was imported before" and "…and 12 more" on it.
 */
const SHOWN_REJECTED = 3;

export function summarize(p: PreparedImport, preview: ImportPreview): ImportSummary {
  return {
    fileHash: p.fileHash,
    format: p.table.format,
    ...(p.table.encoding ? { encoding: p.table.encoding } : {}),
    ...(p.table.delimiter ? { delimiter: p.table.delimiter === '\t' ? 'tab' : p.table.delimiter } : {}),
    columns: p.columns.read,
    ignored: p.columns.ignored,
    rows: p.dataRows,
    toAdd: preview.toAdd.length,
    noPhone: preview.toAdd.filter((r) => !r.phone && r.citizenId === undefined).length,
    onList: preview.already.filter((a) => a.reason === 'on-list' || a.reason === 'on-list-earlier').length,
    earlier: preview.already.filter((a) => a.reason === 'on-list-earlier').length,
    importedBefore: preview.already.filter((a) => a.reason === 'imported-before').length,
    duplicates: preview.already.filter((a) => a.reason === 'duplicate-in-file').length,
    rejected: preview.rejected.length,
    rejectedForCenter: preview.rejected.filter((r) => [r.reason, ...(r.also ?? [])].some((x) => x === 'unknown-center' || x === 'other-center')).length,
    waiting: preview.waitingForConfirmation,
    toConfirm: preview.toConfirm,
    badDates: preview.rejected.filter((r) => [r.reason, ...(r.also ?? [])].includes('bad-date')).map((r) => r.line),
    ...yearsGuessedOf(p, preview),
    firstRejected: preview.rejected.slice(0, SHOWN_REJECTED).map(({ line, reason, also }) => ({ line, reason, ...(also ? { also } : {}) })),
    ...(p.importedBefore ? { fileImportedAt: p.importedBefore.toISOString() } : {}),
    ...(p.soleCenterId ? { soleCenter: { id: p.soleCenterId } } : {}),
  };
}

/** The lines to add or move earlier whose date was written without a year, grouped by the year it was read as. */
function yearsGuessedOf(p: PreparedImport, preview: ImportPreview): Pick<ImportSummary, 'yearsGuessed'> {
  const taken = new Set([...preview.toAdd.map((r) => r.line), ...preview.already.filter((a) => a.reason === 'on-list-earlier').map((a) => a.line)]);
  const byYear = new Map<number, number[]>();
  for (const row of p.rows) if (row.yearGuessed && taken.has(row.line)) byYear.set(row.joinedOn.year, [...(byYear.get(row.joinedOn.year) ?? []), row.line]);
  const years = [...byYear].sort(([a], [b]) => a - b).map(([year, lines]) => ({ year, lines: lines.sort((a, b) => a - b) }));
  return years.length ? { yearsGuessed: years } : {};
}

export function summaryOf(p: PreparedImport, role: Role, decisions: Decisions, now: Date): ImportSummary {
  return summarize(p, classify(p, role, decisions, now));
}

/**
 * Every row that will not be added, with the line, why, and the cell: a CSV for the person to fix their list.
 * Written by `toCsv` like every file the bot sends: ";" for Russian Excel, and a cell copied from the
 * uploaded file (a phone "=1+0", a name "=HYPERLINK(…)") cannot run as a formula when the file is opened.
 */
export function detailsCsv(p: PreparedImport, preview: ImportPreview, t: (key: string, vars?: Record<string, string | number>) => string): Buffer {
  const rows = [
    ...preview.rejected.map((r) => [r.line, reasonsText(r, t), r.value ?? '']),
    ...preview.already.map((a) => [a.line, t(`imp-reason-${a.reason}`, { of: a.of ?? 0 }), '']),
    // Information, not a problem: another person sharing the phone of an earlier line (walk s21 W21-03).
    ...preview.toAdd.flatMap((r) => (r.sharesPhoneWith !== undefined ? [[r.line, t('imp-shares-phone', { of: r.sharesPhoneWith }), '']] : [])),
    // Without a phone, the name of someone at this center: the course goes to them (probe29 M1); not silently.
    ...namesakeRows(preview).map((n) => [n.line, t(n.key, { of: n.of, people: n.people ?? '' }), '']),
    // The first mobile number of a cell with more in it (walk30 W30-02).
    ...takenPhones(preview).map((r) => [r.line, t('imp-phone-taken', { phone: phoneToRead(r.phone) }), r.phoneCell ?? '']),
  ].sort((a, b) => Number(a[0]) - Number(b[0]));
  // Each line with its name, as the chat names it (walk30 W30-02): she need not count lines in her file.
  const named = rows.map(([line, ...rest]) => [line, p.who[Number(line)]?.name ?? '', ...rest]);
  return toCsv([t('imp-details-line'), t('imp-field-name'), t('imp-details-reason'), t('imp-details-value')], named);
}

/**
 * The check file's caption by what it holds (fix31b): rows not added with the reasons, rows added with a remark (a
 * shared phone, a namesake, a number taken from a cell with more), or both.
 */
export function detailsCaptionKey(preview: ImportPreview): string {
  const notAdded = preview.rejected.length + preview.already.length > 0;
  const remarks = preview.toAdd.some((r) => r.sharesPhoneWith !== undefined || r.namesakeOf !== undefined || r.phoneNamesakes !== undefined) || takenPhones(preview).length > 0;
  if (!remarks) return 'imp-details-caption';
  return notAdded ? 'imp-details-both' : 'imp-details-remarks';
}

/** Rows to add whose phone was the first mobile number of a cell with more in it (walk30 W30-02). */
export const takenPhones = (preview: ImportPreview) => preview.toAdd.filter((r) => r.phoneCell !== undefined && r.phone !== undefined);

/** Rows named in takenPhonesText; the rest are in the details file. */
export const SHOWN_TAKEN = 5;

/** Which number was taken from a cell with more in it, by line and name (walk30 W30-02); undefined when none. */
export function takenPhonesText(p: PreparedImport, preview: ImportPreview, t: (key: string, vars?: Record<string, string | number>) => string): string | undefined {
  const rows = takenPhones(preview);
  if (rows.length === 0) return undefined;
  const lines = rows.slice(0, SHOWN_TAKEN).map((r) => t('imp-phone-taken-line', { line: r.line, who: whoOf(p, r.line, t), phone: phoneToRead(r.phone), cell: r.phoneCell ?? '' }));
  if (rows.length > SHOWN_TAKEN) lines.push(t('imp-rejected-more', { count: rows.length - SHOWN_TAKEN }));
  return [t('imp-phone-taken-head'), ...lines].join('\n');
}

/**
 * Rows without a phone that go to someone of their name at their center (probe29 M1), with the words that say so; a
 * namesake with a phone is named with it (`people`, probe30 L2).
 */
export function namesakeRows(preview: ImportPreview): Array<{ line: number; key: string; of: number; people?: string }> {
  const people = (list: Array<{ name: string; phone?: string }>) => list.map((n) => (n.phone ? `${n.name}, ${phoneToRead(n.phone)}` : n.name)).join('; ');
  return [
    ...preview.toAdd.flatMap((r) => {
      if (r.phoneNamesakes) return [{ line: r.line, key: r.citizenId !== undefined ? 'imp-namesake-phone' : 'imp-namesake-phones', of: 0, people: people(r.phoneNamesakes) }];
      return r.namesakeOf === undefined ? [] : [{ line: r.line, key: r.namesakeOf === 'known' ? 'imp-namesake-known' : 'imp-namesake-of', of: r.namesakeOf === 'known' ? 0 : r.namesakeOf }];
    }),
    ...preview.already.flatMap((a) => (a.byName ? [{ line: a.line, key: 'imp-namesake-on-list', of: 0 }] : [])),
  ].sort((a, b) => a.line - b.line);
}

/**
 * Who namesakeText names, as they are kept (identityKey: their name at their center): the person registered before,
 * and after Confirm the one the rows became. The note is recorded as naming them, so a /forget removes it (fix30c).
 */
export function namesakeKeys(p: PreparedImport, preview: ImportPreview): string[] {
  const shown = new Set(namesakeRows(preview).slice(0, SHOWN_NAMESAKES).map((n) => n.line));
  const centerOf = new Map<number, string>([
    ...preview.toAdd.flatMap((r) => (r.namesakeOf !== undefined ? [[r.line, r.centerId] as const] : [])),
    ...preview.already.flatMap((a) => (a.byName && a.centerId ? [[a.line, a.centerId] as const] : [])),
  ]);
  const keys = p.rows.flatMap((r) => (shown.has(r.line) && centerOf.has(r.line) ? [identityKey({ name: r.name, centerId: centerOf.get(r.line)! })] : []));
  return [...new Set(keys)];
}

/** Rows named in namesakeText; the rest are in the details file. */
const SHOWN_NAMESAKES = 5;

/**
 * The rows without a phone that go to someone of the same name at their center, by line and name, and what to do if
 * that is another person (/add asks): sent before the preview like rejectedText; undefined when there are none.
 */
export function namesakeText(p: PreparedImport, preview: ImportPreview, t: (key: string, vars?: Record<string, string | number>) => string): string | undefined {
  const rows = namesakeRows(preview);
  if (rows.length === 0) return undefined;
  const lines = rows.slice(0, SHOWN_NAMESAKES).map((n) => (n.people !== undefined
    ? t(`${n.key}-line`, { line: n.line, who: whoOf(p, n.line, t), people: n.people })
    : t('imp-namesake-line', { line: n.line, who: whoOf(p, n.line, t), of: n.of })));
  if (rows.length > SHOWN_NAMESAKES) lines.push(t('imp-rejected-more', { count: rows.length - SHOWN_NAMESAKES }));
  return [t('imp-namesake-head'), ...lines, t('imp-namesake-what')].join('\n');
}

/** A rejected row's problems in words, the first one first: "нет даты записи, неизвестный курс". */
export const reasonsText = (r: { reason: string; also?: string[] }, t: (key: string, vars?: Record<string, string | number>) => string) =>
  [r.reason, ...(r.also ?? [])].map((reason) => t(`imp-reason-${reason}`, { of: 0, years: OLDEST_JOIN_YEARS })).join(', ');

/** Backdated people named on one message; the rest are in the details file. */
export const SHOWN_BACKDATED = 20;

/**
 * The people already waiting whose place the file moves to an earlier day, each by line and name with the day now and
 * the day it becomes (probe s22 H1), so the librarian confirms knowingly. Sent as its own message before the preview
 * (names are never kept in the conversation); undefined when nobody moves.
 */
export function backdatedText(p: PreparedImport, preview: ImportPreview, t: (key: string, vars?: Record<string, string | number>) => string): string | undefined {
  const moved = preview.already.flatMap((a) => (a.earlier ? [{ line: a.line, ...a.earlier }] : []));
  if (moved.length === 0) return undefined;
  const day = (at: Date, centerId: string) => dottedDate(toLocal(at, p.centerTimeZones[centerId] ?? 'Asia/Novokuznetsk'));
  const lines = moved.slice(0, SHOWN_BACKDATED).map((m) => t('imp-backdated-line', { line: m.line, who: whoOf(p, m.line, t), from: day(m.from, m.centerId), to: day(m.joinedAt, m.centerId) }));
  if (moved.length > SHOWN_BACKDATED) lines.push(t('imp-backdated-more', { count: moved.length - SHOWN_BACKDATED }));
  return [t('imp-backdated-head'), ...lines].join('\n');
}

/**
 * The first rejected lines, each by its line, the list's own number and the person's name ("строка 6 (№ 4, Кузнецов
 * Вадим) — нет телефона", walk s22 W22-10), so the librarian looks at the right person. Sent as its own message before
 * the preview (names are never kept in the conversation); undefined when nothing is rejected.
 */
export function rejectedText(p: PreparedImport, preview: ImportPreview, t: (key: string, vars?: Record<string, string | number>) => string): string | undefined {
  if (preview.rejected.length === 0) return undefined;
  const lines = preview.rejected.slice(0, SHOWN_REJECTED).map((r) => t('imp-rejected-line', { line: r.line, who: whoOf(p, r.line, t), reason: reasonsText(r, t) }));
  if (preview.rejected.length > SHOWN_REJECTED) lines.push(t('imp-rejected-more', { count: preview.rejected.length - SHOWN_REJECTED }));
  return [t('imp-rejected-head'), ...lines].join('\n');
}

/** " (№ 4, Кузнецов Вадим)": a line's own number and name, as far as the file has them; "" when it has neither. */
function whoOf(p: PreparedImport, line: number, t: (key: string, vars?: Record<string, string | number>) => string): string {
  const { number, name } = p.who[line] ?? {};
  const parts = [...(number ? [t('imp-number', { number })] : []), ...(name ? [name] : [])];
  return parts.length ? ` (${parts.join(', ')})` : '';
}
