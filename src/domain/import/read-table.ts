import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { unpacksWithin } from './zip-size.js';

/**
 * Reads the rows of a CSV or XLSX file as saved by Excel or LibreOffice.
 * Parsing is left to maintained libraries (csv-parse, exceljs, iconv-lite);
 * this module only decides which one to call and turns every cell into text.
 */

/** Telegram lets a bot download files up to 20 MB: nothing larger can arrive, and nothing larger is parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A waiting list of a whole region is about a thousand people; this leaves room and keeps a draft small. */
export const MAX_ROWS = 20_000;
/**
 * The header is looked for among the first rows (a title may sit above it: columns.ts). MAX_ROWS counts people, the
 * rows under the header (probe s21 L3: a file of exactly 20,000 people was refused for its header row): the reader
 * lets this many more through, and prepareImport counts the rows under the header.
 */
export const HEADER_SEARCH_ROWS = 10;

export interface TableRow {
  /** 1-based line (CSV) or row number (XLSX) as the person sees it in their spreadsheet program. */
  line: number;
  cells: string[];
}

export type TableFormat = 'csv' | 'xlsx';

export interface Table {
  format: TableFormat;
  /** 'utf-8', 'utf-8-bom' or 'windows-1251' for CSV. */
  encoding?: string;
  delimiter?: string;
  rows: TableRow[];
}

/** Why a file cannot be read; each has a message in the locales (imp-file-<reason>). */
export type FileProblem = 'empty' | 'too-large' | 'not-a-table' | 'too-many-rows' | 'unreadable' | 'unpacks-too-large';

export class FileRejected extends Error {
  constructor(readonly problem: FileProblem) {
    super(`import file rejected: ${problem}`);
    this.name = 'FileRejected';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readTable(bytes: Uint8Array, fileName = ''): Promise<Table> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileRejected('too-large');
  if (bytes.length === 0) throw new FileRejected('empty');
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName)) throw new FileRejected('not-a-table');
  return readCsv(bytes);
}

/** Text files have no NUL bytes and few control characters; a PDF, an image or random bytes do. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample[0] === 0x25 && sample[1] === 0x50 && sample[2] === 0x44 && sample[3] === 0x46) return false; // %PDF
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control <= sample.length / 100;
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Russian Excel saves "CSV (разделители — запятые)" in Windows-1251.
    return { text: iconv.decode(Buffer.from(bytes), 'win1251'), encoding: 'windows-1251' };
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter that splits the first lines into the most columns (quotes are rare in header lines). */
function detectDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 10).filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestCount = -1;
  for (const d of DELIMITERS) {
    const count = head.reduce((sum, line) => sum + line.split(d).length - 1, 0);
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function readCsv(bytes: Uint8Array): Table {
  if (!looksLikeText(bytes)) throw new FileRejected('not-a-table');
  const { text, encoding } = decode(bytes);
  if (text.trim() === '') throw new FileRejected('empty');
  const delimiter = detectDelimiter(text);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch {
    throw new FileRejected('unreadable');
  }
  if (records.length > MAX_ROWS + HEADER_SEARCH_ROWS) throw new FileRejected('too-many-rows');
  const rows = records
    .map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new FileRejected('empty');
  return { format: 'csv', encoding, delimiter, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  // Loaded on the first Excel file: the library takes about 0.4 s to load, which every start
  // of the bot (and every test file) would pay otherwise.
  // Unpacked sizes first: the reader would hold all of a bomb's in memory before any row count (probe40).
  if (!unpacksWithin(bytes)) throw new FileRejected('unpacks-too-large');
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new FileRejected('not-a-table');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new FileRejected('empty');
  if (sheet.actualRowCount > MAX_ROWS + HEADER_SEARCH_ROWS) throw new FileRejected('too-many-rows');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c !== '')) rows.push({ line: rowNumber, cells: filled });
  });
  if (rows.length === 0) throw new FileRejected('empty');
  return { format: 'xlsx', rows };
}

/** Excel keeps a date as a date: it becomes YYYY-MM-DD (exceljs reads the cell's wall-clock date as UTC). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result ?? null);
    if ('error' in value) return '';
    return ''; // a hyperlink without text, a formula without a result: nothing a person typed
  }
  return String(value).trim();
}
