/**
 * npm run bench:import: a realistic 5,000-row paper waiting list (Windows-1251,
 * semicolons, as Russian Excel saves it; phones, dates and center names written
 * every which way; about 3% bad rows and 1% repeated rows) is previewed and
 * imported against a real MongoDB-compatible server (FerretDB unless
 * MONGODB_URI is set). The same rows as XLSX are previewed too, and broken
 * files are tried. Last line: one JSON object.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CitizenModel } from '../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { classify, type Decisions } from '../src/domain/import/classify.js';
import { commitImport } from '../src/domain/import/commit.js';
import { prepareImport, type PreparedImport } from '../src/domain/import/prepare.js';
import { FileRejected } from '../src/domain/import/read-table.js';
import type { Role } from '../src/domain/roles.js';
import { joinWaitlist } from '../src/domain/waitlist.js';
import { openBenchDatabase, peakRssMb } from './lib/database.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const ON_LIST = 300;
const NOW = new Date();
const COORDINATOR: Role = { kind: 'coordinator' };

const SURNAMES = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Козлов', 'Новикова', 'Морозов'];
const NAMES = ['Мария Петровна', 'Иван Сергеевич', 'Анна Ивановна', 'Пётр Николаевич', 'Галина Фёдоровна', 'Виктор Павлович'];
const CENTERS = ['ОНБ им. Фёдорова', 'Белово ЦГБ', 'Центральная городская библиотека, Юрга', 'Мариинск ЦРБ', 'Библиотека имени Н. В. Гоголя, Кемерово', 'Лесная поляна', 'Юрга'];
const COURSES = ['Интернет и эл. почта', 'Основы компьютерной грамотности', 'Госуслуги', 'Поиск работы в интернете', 'Безопасный интернет', 'компьютерная грамотность'];
const TIMES = ['утро', 'день', 'вечер', '', 'любое'];

/** A phone in one of the ways people write them; n makes it unique. */
function phone(n: number): string {
  const d = String(1000000 + n).slice(-7);
  const mobile = `923${d}`;
  switch (n % 4) {
    case 0: return `8 (${mobile.slice(0, 3)}) ${mobile.slice(3, 6)}-${mobile.slice(6, 8)}-${mobile.slice(8)}`;
    case 1: return `+7 ${mobile.slice(0, 3)} ${mobile.slice(3, 6)}-${mobile.slice(6, 8)}-${mobile.slice(8)}`;
    case 2: return `8${mobile}`;
    default: return `8 (3842) ${d.slice(1, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
  }
}

function date(n: number): string {
  const day = new Date(Date.UTC(2013, 0, 1) + (n * 7919 % 4700) * 86_400_000);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  switch (n % 3) {
    case 0: return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
    case 1: return `${d}.${m}.${String(y).slice(2)}`;
    default: return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
}

function makeRows(count: number): string[][] {
  const rows: string[][] = [['№', 'ФИО', 'Телефон', 'Курс', 'Библиотека', 'Дата записи', 'Удобное время', 'Примечание']];
  for (let i = 1; i <= count; i++) {
    const n = i % 100 === 0 ? i - 1 : i; // 1% repeat the row before
    let row = [String(i), `${SURNAMES[n % 10]} ${NAMES[n % 6]}`, phone(n), COURSES[n % 6]!, CENTERS[n % 7]!, date(n), TIMES[n % 5]!, n % 10 === 0 ? 'звонить после 18' : ''];
    if (i % 97 === 0) row = [...row.slice(0, 2), 'нет', ...row.slice(3)]; // bad phone
    if (i % 89 === 0) row = [...row.slice(0, 5), '31.02.2014', ...row.slice(6)]; // bad date
    if (i % 113 === 0) row = [...row.slice(0, 3), 'Вязание крючком', ...row.slice(4)]; // unknown course
    if (i % 131 === 0) row = [row[0]!, '', ...row.slice(2)]; // no name
    rows.push(row);
  }
  return rows;
}

const toCsv1251 = (rows: string[][]) =>
  new Uint8Array(iconv.encode(rows.map((r) => r.map((c) => (/[;"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n') + '\r\n', 'win1251'));

async function toXlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Очередь');
  sheet.addRow(['Список ожидания на 30.11.2026']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const acceptAll = (p: PreparedImport): Decisions => Object.fromEntries(classify(p, COORDINATOR, {}, NOW).toConfirm.map((m) => [m.key, 'accept' as const]));

const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;

const db = await openBenchDatabase('import');
await seedSampleData();
const rows = makeRows(ROWS);
// Some of the file's people are on the list already (they enrolled in Telegram with the same phone).
for (let i = 1; i <= ON_LIST; i++) {
  const p = (await prepareImport(toCsv1251([rows[0]!, rows[i * 10]!]), 'one.csv')).rows[0];
  if (!p) continue;
  await joinWaitlist({ citizenId: 5_000_000 + i, language: 'ru', name: 'Участник', phone: p.phone, consentVersion: 'bench', courseId: 'basics', centerId: 'yurga-central', timeOfDay: 'any' }, NOW);
}
const csv = toCsv1251(rows);
const xlsx = await toXlsx(rows);

let t = performance.now();
const prepared = await prepareImport(csv, 'очередь.csv');
const decisions = acceptAll(prepared);
const preview = classify(prepared, COORDINATOR, decisions, NOW);
const previewSeconds = seconds(t);

t = performance.now();
const result = await commitImport(prepared, COORDINATOR, decisions, 1, NOW);
const importSeconds = seconds(t);

const byCommand = process.env.BENCH_BY_COMMAND ? db.timeByCommand() : undefined;
// What Confirm does in the bot: the file is read again (nothing was kept), then written.
t = performance.now();
const again = await prepareImport(csv, 'очередь.csv');
const second = await commitImport(again, COORDINATOR, acceptAll(again), 1, NOW);
const secondImportSeconds = seconds(t);
byCommand?.print();

t = performance.now();
const xlsxPrepared = await prepareImport(xlsx, 'очередь.xlsx');
classify(xlsxPrepared, COORDINATOR, acceptAll(xlsxPrepared), NOW);
const xlsxPreviewSeconds = seconds(t);

const broken: Record<string, string> = {};
const brokenFiles: Array<[string, Uint8Array]> = [
  ['pdf-as-csv', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'.repeat(1000))],
  ['empty', new Uint8Array(0)],
  ['garbage-50mb', new Uint8Array(50 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24)],
];
t = performance.now();
for (const [name, bytes] of brokenFiles) {
  try {
    await prepareImport(bytes, `${name}.csv`);
    broken[name] = 'ACCEPTED (wrong)';
  } catch (error) {
    broken[name] = error instanceof FileRejected ? error.problem : String(error);
  }
}
const brokenSeconds = seconds(t);
const entries = await WaitlistEntryModel.countDocuments({ 'imported.key': { $exists: true } });
const citizens = await CitizenModel.countDocuments({ phoneKey: { $exists: true } });

console.log(`engine ${db.engine}; ${ROWS} rows; ${csv.length} bytes CSV, ${xlsx.length} bytes XLSX`);
console.log(`preview ${previewSeconds} s: ${preview.toAdd.length} to add, ${preview.already.length} already, ${preview.rejected.length} rejected, ${Object.keys(decisions).length} informal names accepted`);
console.log(`import ${importSeconds} s: ${JSON.stringify(result)}; again (read + write) ${secondImportSeconds} s: added ${second.added}`);
console.log(`xlsx preview ${xlsxPreviewSeconds} s; broken files ${brokenSeconds} s: ${JSON.stringify(broken)}`);
await db.close();
console.log(JSON.stringify({
  engine: db.engine,
  rows: ROWS,
  previewSeconds,
  importSeconds,
  rejected: preview.rejected.length,
  toAdd: preview.toAdd.length,
  already: preview.already.length,
  added: result.added,
  secondImportAdded: second.added,
  secondImportSeconds,
  xlsxPreviewSeconds,
  brokenSeconds,
  broken,
  entries,
  citizens,
  peakRssMb: peakRssMb(),
}));
