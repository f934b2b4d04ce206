/**
 * CSV for every file the bot writes. A cell typed by a person (a name, say)
 * that begins with =, +, -, @, a tab or a carriage return would run as a
 * formula when a coordinator opens the file in a spreadsheet (OWASP: "CSV
 * injection"); such a cell gets a leading apostrophe, as OWASP advises.
 */

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const needsQuotes = /[",;\r\n\t]/;

/**
 * One CSV field: text that could start a formula is neutralised; quoted when
 * it holds a separator, quote or line break; quotes doubled. Numbers are the
 * bot's own and are written as they are.
 *
 * @example
 * csvField('=HYPERLINK("http://evil")') // "'=HYPERLINK(""http://evil"")" in quotes
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * UTF-8 with a BOM (spreadsheet programs then read Cyrillic right), CRLF line
 * ends, separated by semicolons: Excel with Russian regional settings (the
 * library's) splits on ";" and would put a comma-separated row into one column.
 * /import reads both.
 */
export function toCsv(header: string[], rows: Cell[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
