import { createHash } from 'node:crypto';
import { ImportBatchModel } from '../../db/models/import-batch.js';
import type { TimeOfDay } from '../../db/models/waitlist-entry.js';
import { listCenters, listCourses, listEveryCourse, type Center } from '../catalog.js';
import { centerWords } from '../center-names.js';
import { identityKey, nameKey } from '../person-names.js';
import { phoneNamesakes, type Namesake } from '../shared-phones.js';
import { transliterate } from '../transliterate.js';
import { localToday, type LocalDate } from '../time.js';
import { singleLine } from '../text.js';
import { matchName, type CatalogItem, type Match } from './catalog-match.js';
import { mapColumns, type ColumnMap, type Field } from './columns.js';
import { FileRejected, MAX_ROWS, readTable, type Table } from './read-table.js';
import { parseJoinDate, parseName, parsePhone, parseTimeOfDay, saysNoPhone, takenFromCell, yearGuessed } from './values.js';
import { whatIsOnTheList } from './on-the-list.js';

/** A row whose cells could all be read; whether it is added is decided by classify(). */
export interface ReadRow {
  line: number;
  name: string;
  /** E.164; absent: the cell was empty, a person with no phone (fix28d: their name at their center, identityKey). */
  phone?: string;
  courseText: string;
  centerText: string;
  joinedOn: LocalDate;
  /** Written without its year («1 декабря»): the preview says which year it was taken for (yearGuessed). */
  yearGuessed?: true;
  timeOfDay: TimeOfDay;
  notes?: string;
  /** The phone cell, when the phone was taken out of more than a number («8-923-600-11-08, 2-33-44 (дом)», walk30 W30-02): the preview names it. */
  phoneCell?: string;
}

export type RejectReason = 'no-name' | 'long-name' | 'name-phone' | 'name-marks' | 'no-phone' | 'bad-phone' | 'no-date' | 'bad-date' | 'unknown-course' | 'stopped-course' | 'unknown-center' | 'other-center' | 'match-declined' | 'future-date' | 'old-date';

export interface RejectedRow {
  line: number;
  reason: RejectReason;
  /** The cell that was not understood (a date, a course name): shown to staff, never logged. */
  value?: string;
  /** The row's other problems, each named too (walk s20 #26: an empty date and an unknown course, only one said). */
  also?: RejectReason[];
  /** The unknown course or center named in `also`: a name picked from the list for other rows is no longer unknown here (walk30 W30-01). */
  unknownTexts?: { course?: string; center?: string };
}

/**
 * Everything the preview needs, read once per file: the rows, how informal
 * names matched the catalog, and what is on the list already. Plain data, so
 * it can be classified again after each confirmed match without the database.
 */
export interface PreparedImport {
  fileName: string;
  fileHash: string;
  table: Pick<Table, 'format' | 'encoding' | 'delimiter'>;
  columns: ColumnMap;
  dataRows: number;
  rows: ReadRow[];
  unreadable: RejectedRow[];
  centerMatches: Record<string, Match>;
  courseMatches: Record<string, Match>;
  centerLabels: Record<string, string>;
  courseLabels: Record<string, string>;
  centerTimeZones: Record<string, string>;
  /** `${personKey}:${courseId}` (phone and name: person-names.ts) with an active entry today. */
  onList: string[];
  /** Of those, the ones waiting: since when, and where (a paper list may know an earlier date: classify.ts). */
  waitingSince: Record<string, { entryId: string; centerId: string; joinedAt: Date }>;
  /** People without a phone registered already (their identityKey): a row of that name at that center goes to them (probe29 M1: said in the check). */
  noPhoneKnown?: string[];
  /**
   * People registered with a phone who are on a list of a center, by the identityKey a row without a phone of their
   * name there has (probe30 L2): one of them, the row goes on their card; several, it is said (classify.ts).
   */
  phoneNamesakes?: Record<string, Namesake[]>;
  /** Row keys (rowKey) imported before; each also as `${key}|${nameKey of the person}` (`|?` if forgotten), for legacyRowKey. */
  importedKeys: string[];
  /** When this very file was imported before, if it was. */
  importedBefore?: Date;
  /** Each data line's own number ("№") and name, if it has them: a reject is named by them (walk s22 W22-10). */
  who: Record<number, { number?: string; name?: string }>;
  /** Course names in the file that are no course offered now but one a coordinator stopped offering (/courses). */
  stoppedCourseTexts?: string[];
  /** The file has no center column and its staff member has one center: every row is hers (walk s22 W22-08). */
  soleCenterId?: string;
}

/** The file has no header row the bot could recognise, or lacks required columns. */
export class ColumnsMissing extends Error {
  constructor(readonly missing: Field[], readonly columns?: ColumnMap) {
    super(`import columns missing: ${missing.join(', ')}`);
    this.name = 'ColumnsMissing';
  }
}

export const fileHashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Hash of one person (phone and name) on one course since one date: the import's unique key for a row. */
export const rowKey = (phone: string, name: string, courseId: string, joinedOn: LocalDate) =>
  createHash('sha256').update(`${phone}|${nameKey(name)}|${courseId}|${joinedOn.year}-${joinedOn.month}-${joinedOn.day}`).digest('hex').slice(0, 32);

/**
 * The key rows had before people were told apart by name (one person per phone). Still read: a row imported then is
 * imported before now when the person it went to has this row's name (importedKeys holds `${key}|${nameKey}`, or
 * `${key}|?` when that person was forgotten: then any name counts, as before).
 */
export const legacyRowKey = (phone: string, courseId: string, joinedOn: LocalDate) =>
  createHash('sha256').update(`${phone}|${courseId}|${joinedOn.year}-${joinedOn.month}-${joinedOn.day}`).digest('hex').slice(0, 32);

/**
 * Every name a paper list may give a center: its Russian name and town, its
 * English ones (as English staff see them), and the Russian ones transliterated
 * ("Biblioteka imeni N. V. Gogolia"), each as "name town" and "town name". A
 * town with one center, and a name no other center has, are names of that center
 * too ("Юрга", "Gogol Library").
 */
export async function centerCatalog(): Promise<CatalogItem[]> {
  const centers = await listCenters();
  const spellings = (c: Center) => {
    const en = centerWords(c, 'en');
    return [
      { name: c.name, town: c.town },
      { name: en.name, town: en.town },
      { name: transliterate(c.name), town: transliterate(c.town) },
    ];
  };
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v.toLowerCase(), (counts.get(v.toLowerCase()) ?? 0) + 1);
    return (v: string) => counts.get(v.toLowerCase()) ?? 0;
  };
  // Counted per center (a center whose English name is its transliteration counts once).
  const perCenter = centers.map((c) => spellings(c));
  const towns = count(perCenter.flatMap((s) => [...new Set(s.map((x) => x.town.toLowerCase()))]));
  const names = count(perCenter.flatMap((s) => [...new Set(s.map((x) => x.name.toLowerCase()))]));
  return centers.map((c, i) => ({
    id: c.id,
    label: `${c.name}, ${c.town}`,
    names: [
      ...new Set(
        perCenter[i]!.flatMap(({ name, town }) => [
          `${name} ${town}`,
          `${town} ${name}`,
          ...(towns(town) === 1 ? [town] : []),
          ...(names(name) === 1 ? [name] : []),
        ]),
      ),
    ],
  }));
}

export async function courseCatalog(): Promise<CatalogItem[]> {
  return (await listCourses()).map((c) => ({ id: c.id, label: c.title.ru, names: [c.title.ru, c.title.en] }));
}

/** The courses no longer offered, matched only to say so. */
async function stoppedCourseCatalog(): Promise<CatalogItem[]> {
  const offered = new Set((await listCourses()).map((c) => c.id));
  return (await listEveryCourse()).filter((c) => !offered.has(c.id)).map((c) => ({ id: c.id, label: c.title.ru, names: [c.title.ru, c.title.en] }));
}


/** Where the paper lists come from: their «1 декабря» is a day of this calendar. */
const REGION_TIME_ZONE = 'Asia/Novokuznetsk';

const cell = (cells: string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());

/**
 * `soleCenterId`: the one center of the staff member importing, if she has one. A paper list kept at one library has
 * no center column (walk s22 W22-08): then every row is at that center, and the column read-out says so.
 */
export async function prepareImport(bytes: Uint8Array, fileName: string, { soleCenterId, now = new Date() }: { soleCenterId?: string; now?: Date } = {}): Promise<PreparedImport> {
  // A date without its year («1 декабря») is the latest such day by the region's calendar (walk34 W34-02).
  const today = localToday(now, REGION_TIME_ZONE);
  const table = await readTable(bytes, fileName);
  const columns = mapColumns(table.rows);
  if (!columns) throw new ColumnsMissing(['name', 'phone', 'course', 'center', 'joinedAt']);
  const centerless = soleCenterId !== undefined && columns.missing.includes('center');
  if (centerless) columns.missing = columns.missing.filter((f) => f !== 'center');
  if (columns.missing.length > 0) throw new ColumnsMissing(columns.missing, columns);
  const c = columns.columns;
  const rows: ReadRow[] = [];
  const unreadable: RejectedRow[] = [];
  const namesOfUnreadable: Array<{ row: RejectedRow; course: string; center: string }> = [];
  const dataRows = table.rows.slice(columns.headerIndex + 1);
  if (dataRows.length > MAX_ROWS) throw new FileRejected('too-many-rows');
  const who: PreparedImport['who'] = {};
  for (const { line, cells } of dataRows) {
    const parsedName = parseName(cell(cells, c.name));
    const number = singleLine(cell(cells, c.number)).slice(0, 20);
    if (number || 'name' in parsedName) who[line] = { ...(number ? { number } : {}), ...('name' in parsedName ? { name: parsedName.name } : {}) };
    const phoneText = cell(cells, c.phone);
    const phone = parsePhone(phoneText);
    const dateText = cell(cells, c.joinedAt);
    const joinedOn = parseJoinDate(dateText, today);
    // Every problem of the row; an empty cell is "missing", not "not understood".
    const problems: Array<{ reason: RejectReason; value?: string }> = [
      ...('problem' in parsedName ? [{ reason: parsedName.problem, ...(/^name-/.test(parsedName.problem) ? { value: singleLine(cell(cells, c.name)) } : {}) }] : []),
      // An empty phone is a person without one (fix28d); a phone that is no phone is still refused.
      ...(phone || saysNoPhone(phoneText) ? [] : [{ reason: 'bad-phone' as const, value: phoneText }]),
      ...(joinedOn ? [] : [dateText ? { reason: 'bad-date' as const, value: dateText } : { reason: 'no-date' as const }]),
    ];
    if ('problem' in parsedName || problems.some((x) => x.reason === 'bad-phone') || !joinedOn) {
      const also = problems.slice(1).map((x) => x.reason);
      unreadable.push({ line, ...problems[0]!, ...(also.length ? { also } : {}) });
      namesOfUnreadable.push({ row: unreadable.at(-1)!, course: singleLine(cell(cells, c.course)), center: singleLine(cell(cells, c.center)) });
    } else {
      const notes = singleLine(cell(cells, c.notes)).slice(0, 500);
      rows.push({
        line, name: parsedName.name, ...(phone ? { phone } : {}), joinedOn, ...(yearGuessed(dateText) ? { yearGuessed: true as const } : {}),
        ...(takenFromCell(phoneText, phone) ? { phoneCell: singleLine(phoneText).slice(0, 100) } : {}),
        courseText: singleLine(cell(cells, c.course)),
        centerText: singleLine(cell(cells, c.center)),
        timeOfDay: parseTimeOfDay(cell(cells, c.timeOfDay)),
        ...(notes ? { notes } : {}),
      });
    }
  }

  const [centers, courses, stopped] = await Promise.all([centerCatalog(), courseCatalog(), stoppedCourseCatalog()]);
  const centerMatches: Record<string, Match> = {};
  const courseMatches: Record<string, Match> = {};
  for (const row of rows) {
    if (!centerless) centerMatches[row.centerText] ??= matchName(row.centerText, centers);
    courseMatches[row.courseText] ??= matchName(row.courseText, courses, { preferStart: true });
  }
  // An unreadable row names its unknown course or center too, so the whole row is fixed at once.
  // Each name matched once (a long file repeats a few names thousands of times).
  const unknown = new Map<string, boolean>();
  const isUnknown = (text: string, catalog: CatalogItem[], kind: string) => {
    const key = `${kind}:${text}`;
    if (!unknown.has(key)) unknown.set(key, matchName(text, catalog, { preferStart: kind === 'course' }).kind === 'none');
    return unknown.get(key)!;
  };
  // A name no offered course fits but a stopped one does: the row says the course is not offered, not "unknown".
  const isStopped = (text: string) => stopped.length > 0 && matchName(text, stopped, { preferStart: true }).kind !== 'none';
  const stoppedCourseTexts = Object.keys(courseMatches).filter((text) => courseMatches[text]!.kind === 'none' && isStopped(text));
  for (const { row, course, center } of namesOfUnreadable) {
    const more = [
      ...(isUnknown(course, courses, 'course') ? [isStopped(course) ? ('stopped-course' as const) : ('unknown-course' as const)] : []),
      ...(!centerless && isUnknown(center, centers, 'center') ? ['unknown-center' as const] : []),
    ];
    if (more.length) row.also = [...(row.also ?? []), ...more];
    if (more.includes('unknown-course') || more.includes('unknown-center')) row.unknownTexts = { ...(more.includes('unknown-course') ? { course } : {}), ...(more.includes('unknown-center') ? { center } : {}) };
  }

  const phones = [...new Set(rows.flatMap((r) => (r.phone ? [r.phone] : [])))];
  // Without a phone the person is their name at a center (identityKey): every center the row's center may turn out to be.
  const centersOf = (row: ReadRow) => {
    const m = centerless ? { kind: 'exact' as const, id: soleCenterId } : centerMatches[row.centerText];
    return m && m.kind !== 'none' ? [m.id, ...('also' in m && m.also ? m.also : [])] : [];
  };
  const noPhoneKeys = [...new Set(rows.flatMap((row) => (row.phone ? [] : centersOf(row).map((centerId) => identityKey({ name: row.name, centerId })))))];
  const keys = rows.flatMap((row) => {
    const m = courseMatches[row.courseText];
    if (!m || m.kind === 'none') return [];
    if (!row.phone) return centersOf(row).map((centerId) => rowKey(identityKey({ name: row.name, centerId }), row.name, m.id, row.joinedOn));
    return [rowKey(row.phone, row.name, m.id, row.joinedOn), legacyRowKey(row.phone, m.id, row.joinedOn)];
  });
  const { onList, waitingSince, importedKeys, noPhoneKnown } = await whatIsOnTheList(phones, keys, noPhoneKeys);
  const phoneNamesakes = await phoneNamesakesOf(rows.flatMap((row) => (row.phone ? [] : centersOf(row).map((centerId) => ({ name: row.name, centerId })))));
  const fileHash = fileHashOf(bytes);
  const before = await ImportBatchModel.findOne({ fileHash }, { importedAt: 1 }).sort({ importedAt: 1 }).lean();

  return {
    fileName,
    fileHash,
    table: { format: table.format, ...(table.encoding ? { encoding: table.encoding } : {}), ...(table.delimiter ? { delimiter: table.delimiter } : {}) },
    columns,
    dataRows: dataRows.length,
    rows,
    unreadable,
    centerMatches,
    courseMatches,
    centerLabels: Object.fromEntries(centers.map((x) => [x.id, x.label])),
    courseLabels: Object.fromEntries(courses.map((x) => [x.id, x.label])),
    centerTimeZones: Object.fromEntries((await listCenters()).map((x) => [x.id, x.timeZone])),
    onList,
    waitingSince,
    importedKeys,
    ...(noPhoneKnown.length ? { noPhoneKnown } : {}),
    ...(Object.keys(phoneNamesakes).length ? { phoneNamesakes } : {}),
    ...(before ? { importedBefore: before.importedAt } : {}),
    who,
    ...(centerless ? { soleCenterId } : {}),
    ...(stoppedCourseTexts.length ? { stoppedCourseTexts } : {}),
  };
}

/** People with a phone of the names of rows without one, at those rows' centers (probe30 L2), by the rows' identityKey. */
async function phoneNamesakesOf(people: Array<{ name: string; centerId: string }>): Promise<Record<string, Namesake[]>> {
  const byCenter = new Map<string, string[]>();
  for (const { name, centerId } of people) byCenter.set(centerId, [...(byCenter.get(centerId) ?? []), name]);
  const found: Record<string, Namesake[]> = {};
  for (const [centerId, names] of byCenter) {
    for (const [key, list] of await phoneNamesakes(names, centerId)) found[`${identityKey({ name: key, centerId })}`] = list;
  }
  return found;
}
