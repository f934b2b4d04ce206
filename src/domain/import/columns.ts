import { HEADER_SEARCH_ROWS, type TableRow } from './read-table.js';

/** What a column of the paper list holds. */
export const FIELDS = ['name', 'phone', 'course', 'center', 'joinedAt', 'timeOfDay', 'notes', 'number'] as const;
export type Field = (typeof FIELDS)[number];
export const REQUIRED_FIELDS: readonly Field[] = ['name', 'phone', 'course', 'center', 'joinedAt'];

/**
 * Words a header may contain, Russian and English. Matched after lower-casing,
 * "ё" → "е" and dropping punctuation; a header matches a field when it contains
 * one of the field's words (so "ФИО участника", "Телефон (моб.)" and
 * "Date joined" all work). Order matters: the first field that matches wins.
 */
const HEADER_WORDS: Array<[Field, RegExp]> = [
  ['joinedAt', /(дата|date|когда|записан|joined|с какого)/],
  ['phone', /(телеф|тел\b|phone|моб|контакт)/],
  ['timeOfDay', /(время|time of day|time|удобн)/],
  ['course', /(курс|course|программ|обучени|занят)/],
  // «Место в очереди», «№ в очереди» are the list's numbering, not a place (walk38: it was read as the center).
  ['number', /(очеред|queue|in line)/],
  ['center', /(центр|center|centre|библиот|library|площадк|филиал|место)/],
  ['notes', /(примеч|коммент|замет|notes?|comment|remark|особ)/],
  ['name', /(фио|имя|фамили|name|участник|слушател|ф\.и\.о)/],
];

/** A birth date or age is no join date (walk38: «Дата рождения» before «Дата записи» was read as the place in line). */
const NOT_A_FIELD = /(рожд|birth|возраст|\bage\b)/;

export const normalizeHeader = (text: string) =>
  text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}.\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** The list's own numbering ("№", "№ п/п", "No."): a reject is named by it too (walk s22 W22-10). */
const NUMBER_HEADER = /^(?:(?:№|n|no|nr|#)\s*(?:п\s*\/?\s*п)?|п\s*\/\s*п|номер)\.?$/;

export function fieldOfHeader(text: string): Field | undefined {
  if (NUMBER_HEADER.test(text.trim().toLowerCase())) return 'number';
  const h = normalizeHeader(text);
  if (h === '' || h === '№' || h === 'n' || h === 'no' || NOT_A_FIELD.test(h)) return undefined;
  return HEADER_WORDS.find(([, re]) => re.test(h))?.[0];
}

export interface ColumnMap {
  /** Index of the header row in the table's rows (0 when the header is the first line). */
  headerIndex: number;
  /** Line of the header as the person sees it. */
  headerLine: number;
  /** Field → column index. */
  columns: Partial<Record<Field, number>>;
  /** For the person: which header was read as which field, and which were not read. */
  read: Array<{ header: string; field: Field }>;
  ignored: string[];
  missing: Field[];
}


/**
 * Finds the header among the first rows (a title like "Список ожидания ЦГБ
 * Белово на 01.11.2026" often sits above it): the row where most cells name a
 * field. A field named by two columns is read from the first.
 */
export function mapColumns(rows: TableRow[]): ColumnMap | undefined {
  let best: { index: number; hits: number } | undefined;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const hits = new Set(row.cells.map(fieldOfHeader).filter((f) => f !== undefined)).size;
    if (hits >= 2 && (!best || hits > best.hits)) best = { index, hits };
  });
  if (!best) return undefined;
  const header = rows[best.index]!;
  const columns: Partial<Record<Field, number>> = {};
  const read: ColumnMap['read'] = [];
  const ignored: string[] = [];
  header.cells.forEach((cell, i) => {
    const field = fieldOfHeader(cell);
    if (field && columns[field] === undefined) {
      columns[field] = i;
      read.push({ header: cell, field });
    } else if (cell.trim() !== '') ignored.push(cell);
  });
  return {
    headerIndex: best.index,
    headerLine: header.line,
    columns,
    read,
    ignored,
    missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined),
  };
}
