import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Test files as Excel and LibreOffice save them. */

export const HEADER_RU = ['№', 'ФИО', 'Телефон', 'Курс', 'Библиотека', 'Дата записи', 'Удобное время', 'Примечание'];

/** "CSV (разделители — точка с запятой)" of Russian Excel: Windows-1251, semicolons, CRLF. */
export function excelCsv1251(rows: string[][]): Uint8Array {
  const text = rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n') + '\r\n';
  return new Uint8Array(iconv.encode(text, 'win1251'));
}

export function utf8Csv(rows: string[][], { bom = false, delimiter = ',' } = {}): Uint8Array {
  const text = rows.map((r) => r.map((c) => (c.includes(delimiter) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\n');
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
}

/** An XLSX with a title row (merged) and an empty row above the header; dates as real Excel dates. */
export async function xlsxWithTitle(title: string, header: string[], rows: Array<Array<string | Date | number>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
