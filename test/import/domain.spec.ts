import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ImportBatchModel } from '../../src/db/models/import-batch.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { classify, matchKey } from '../../src/domain/import/classify.js';
import { commitImport } from '../../src/domain/import/commit.js';
import { ColumnsMissing, legacyRowKey, prepareImport } from '../../src/domain/import/prepare.js';
import { FileRejected, MAX_FILE_BYTES } from '../../src/domain/import/read-table.js';
import type { Role } from '../../src/domain/roles.js';
import { listActiveEntries } from '../../src/domain/waitlist.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { excelCsv1251, HEADER_RU, utf8Csv, xlsxWithTitle } from './files.js';

describe('domain', () => {
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR: Role = { kind: 'coordinator' };
  let done: () => Promise<void>;

  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([CitizenModel.deleteMany({}), WaitlistEntryModel.deleteMany({}), ImportBatchModel.deleteMany({}), AuditEntryModel.deleteMany({})]);
    await seedSampleData();
    invalidateCatalog();
  });

  describe('reading the paper list', () => {
    it('reads a Windows-1251 semicolon CSV as Russian Excel saves it, and says which column is what', async () => {
      const file = excelCsv1251([
        HEADER_RU,
        ['1', 'Иванова Мария Петровна', '8 (3842) 58-12-34', 'Основы компьютерной грамотности', 'Областная научная библиотека имени В. Д. Фёдорова, Кемерово', '05.03.2025', 'утро', 'плохо слышит; звонить громко'],
        ['2', 'Петров Иван', '+7 923 123-45-67', 'Интернет и эл. почта', 'Белово ЦГБ', '5.3.25', '', ''],
        ['3', 'Сидоров', '89231234567', 'Вязание', 'Белово ЦГБ', '2025-03-05', '', ''],
        ['4', '', '89231234568', 'Основы компьютерной грамотности', 'Белово ЦГБ', '2025-03-05', '', ''],
        ['5', 'Без телефона', '12-34', 'Основы компьютерной грамотности', 'Белово ЦГБ', '2025-03-05', '', ''],
        ['6', 'Плохая дата', '89231234569', 'Основы компьютерной грамотности', 'Белово ЦГБ', '31.02.2025', '', ''],
      ]);
      const p = await prepareImport(file, 'список.csv');
      expect(p.table).toEqual({ format: 'csv', encoding: 'windows-1251', delimiter: ';' });
      expect(p.columns.read.map((r) => [r.header, r.field])).toEqual([
        ['№', 'number'], ['ФИО', 'name'], ['Телефон', 'phone'], ['Курс', 'course'], ['Библиотека', 'center'], ['Дата записи', 'joinedAt'], ['Удобное время', 'timeOfDay'], ['Примечание', 'notes'],
      ]);
      expect(p.columns.ignored).toEqual([]);
      expect(p.who[6]).toEqual({ number: '5', name: 'Без телефона' }); // the list's own number and name, for the preview (walk s22 W22-10)
      const preview = classify(p, COORDINATOR, {}, NOW);
      expect(preview.rejected).toEqual([
        { line: 5, reason: 'no-name' },
        { line: 6, reason: 'bad-phone', value: '12-34' },
        { line: 7, reason: 'bad-date', value: '31.02.2025' },
      ]);
      expect(preview.toAdd.map((r) => [r.line, r.phone, r.centerId, r.courseId, r.timeOfDay, r.notes])).toEqual([
        [2, '+73842581234', 'kemerovo-regional', 'basics', 'morning', 'плохо слышит; звонить громко'],
      ]);
      // A course name the catalog does not know at all is asked about too, with no guess (walk30 W30-01).
      expect(preview.toConfirm.map((m) => [m.kind, m.text, m.id, m.rows])).toEqual([
        ['course', 'Интернет и эл. почта', 'internet', 1],
        ['center', 'Белово ЦГБ', 'belovo-central', 2],
        ['course', 'Вязание', '', 1],
      ]);
      const accepted = classify(p, COORDINATOR, { [matchKey('course', 'Интернет и эл. почта')]: 'accept', [matchKey('center', 'Белово ЦГБ')]: 'accept' }, NOW);
      expect(accepted.toAdd.map((r) => [r.line, r.phone, r.centerId, r.courseId])).toEqual([
        [2, '+73842581234', 'kemerovo-regional', 'basics'],
        [3, '+79231234567', 'belovo-central', 'internet'],
      ]);
      const declined = classify(p, COORDINATOR, { [matchKey('course', 'Интернет и эл. почта')]: 'accept' }, NOW, true);
      expect(declined.rejected.find((r) => r.line === 3)).toEqual({ line: 3, reason: 'match-declined', value: 'Белово ЦГБ' });
      const skipped = classify(p, COORDINATOR, { [matchKey('center', 'Белово ЦГБ')]: 'accept' }, NOW, true);
      expect(skipped.rejected.find((r) => r.line === 4)).toEqual({ line: 4, reason: 'unknown-course', value: 'Вязание' });
    });

    it('walk38: a birth date column is no join date, and «Место в очереди» no center: the join date and the library are read from their own columns', async () => {
      const file = excelCsv1251([
        ['№ п/п', 'Фамилия, имя, отчество', 'Дата рождения', 'Контактный телефон', 'Место в очереди', 'Курс', 'Библиотека', 'Дата записи'],
        ['1', 'Иванова Мария Петровна', '12.05.1951', '8-905-123-45-67', '1', 'Основы компьютерной грамотности', 'Белово, Центральная городская библиотека', '05.09.2026'],
        ['2', 'Петрова Анна', '', '89053334455', '2', 'Основы компьютерной грамотности', 'Белово, Центральная городская библиотека', '12.09.2026'],
      ]);
      const p = await prepareImport(file, 'список.csv');
      expect(p.columns.read.map((r) => [r.header, r.field])).toEqual([
        ['№ п/п', 'number'], ['Фамилия, имя, отчество', 'name'], ['Контактный телефон', 'phone'], ['Курс', 'course'], ['Библиотека', 'center'], ['Дата записи', 'joinedAt'],
      ]);
      expect(p.columns.ignored).toEqual(['Дата рождения', 'Место в очереди']);
      const preview = classify(p, COORDINATOR, {}, NOW);
      expect(preview.rejected).toEqual([]);
      expect(preview.toAdd.map((r) => [r.line, r.joinedOn, r.centerId])).toEqual([
        [2, { year: 2026, month: 9, day: 5 }, 'belovo-central'],
        [3, { year: 2026, month: 9, day: 12 }, 'belovo-central'],
      ]);
    });

    it('reads an XLSX with a title row above the header and real Excel dates', async () => {
      const file = await xlsxWithTitle('Список ожидания ЦГБ Юрга на 01.11.2026', ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'], [
        ['Кузнецова Анна', '+7 923 000-11-22', 'Госуслуги онлайн', 'Юрга', new Date(Date.UTC(2025, 4, 17))],
        ['Орлов Пётр', '8 923 000 11 23', 'Госуслуги онлайн', 'Юрга', '17.05.25'],
      ]);
      const p = await prepareImport(file, 'list.xlsx');
      expect(p.table.format).toBe('xlsx');
      expect(p.columns.headerLine).toBe(3);
      const preview = classify(p, COORDINATOR, { [matchKey('center', 'Юрга')]: 'accept' }, NOW);
      expect(preview.rejected).toEqual([]);
      expect(preview.toAdd.map((r) => [r.line, r.joinedOn, r.centerId])).toEqual([
        [4, { year: 2025, month: 5, day: 17 }, 'yurga-central'],
        [5, { year: 2025, month: 5, day: 17 }, 'yurga-central'],
      ]);
    });

    it('reads UTF-8 with a BOM, comma separated, English headers', async () => {
      const file = utf8Csv([['Full name', 'Phone number', 'Course', 'Center', 'Date joined'], ['Anna Smith', '+79230001122', 'Basic computer literacy', 'belovo-central', '2025-01-02']], { bom: true });
      const p = await prepareImport(file, 'list.csv');
      expect(p.table).toEqual({ format: 'csv', encoding: 'utf-8-bom', delimiter: ',' });
      expect(classify(p, COORDINATOR, {}, NOW).toAdd).toHaveLength(1);
    });

    it('answers a broken file clearly and writes nothing', async () => {
      const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n');
      await expect(prepareImport(pdf, 'список.csv')).rejects.toEqual(new FileRejected('not-a-table'));
      await expect(prepareImport(new Uint8Array(0), 'пусто.csv')).rejects.toEqual(new FileRejected('empty'));
      await expect(prepareImport(new Uint8Array(MAX_FILE_BYTES + 1), 'big.csv')).rejects.toEqual(new FileRejected('too-large'));
      const garbage = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 7919) % 256);
      await expect(prepareImport(garbage, 'x.csv')).rejects.toEqual(new FileRejected('not-a-table'));
      await expect(prepareImport(new TextEncoder().encode('a;b;c\n1;2;3\n'), 'x.csv')).rejects.toBeInstanceOf(ColumnsMissing);
      await expect(prepareImport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).rejects.toEqual(new FileRejected('not-a-table'));
      expect(await CitizenModel.countDocuments()).toBe(0);
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);
    });
  });

  describe('an Excel file small to send and huge unpacked (probe40)', () => {
    it('is refused before the reader unpacks it all: 117 KB that hold 108 MB of spaces', async () => {
      const spaces = ' '.repeat(27 * 1024 * 1024);
      const row = ['1', 'Иванова Мария', '8 923 111-22-33', 'basics', 'belovo-central', '05.03.2025', '', '', `${spaces}a`, `${spaces}b`, `${spaces}c`, `${spaces}d`];
      const bomb = await xlsxWithTitle('Список', HEADER_RU, [row]);
      expect(bomb.length).toBeLessThan(200 * 1024);
      await expect(prepareImport(bomb, 'список.xlsx')).rejects.toEqual(new FileRejected('unpacks-too-large'));
      // A usual list still reads.
      const list = await xlsxWithTitle('Список', HEADER_RU, [row.slice(0, 8)]);
      expect((await prepareImport(list, 'список.xlsx')).table.format).toBe('xlsx');
    }, 60_000);
  });

  describe('writing the import', () => {
    const rows = [
      ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
      ['Иванова Мария', '8 923 111-22-33', 'basics', 'belovo-central', '05.03.2025'],
      ['Иванова Мария', '+7 923 111 22 33', 'basics', 'belovo-central', '06.03.2025'],
      ['Петров Иван', '89231112234', 'basics', 'belovo-central', '01.11.2026'],
      ['Гость из Юрги', '89231112235', 'basics', 'yurga-central', '01.11.2026'],
    ];

    it('finds duplicates in one file, and a second import of the same file adds nothing', async () => {
      const file = utf8Csv(rows);
      const p = await prepareImport(file, 'list.csv');
      const preview = classify(p, COORDINATOR, {}, NOW);
      expect(preview.already).toEqual([{ line: 3, reason: 'duplicate-in-file', of: 2 }]);
      expect(preview.toAdd).toHaveLength(3);
      const first = await commitImport(p, COORDINATOR, {}, 777, NOW);
      expect(first).toMatchObject({ added: 3, already: 1, rejected: 0 });

      const citizen = await CitizenModel.findOne({ phone: '+79231112233' }).lean();
      expect(citizen).toMatchObject({ name: 'Иванова Мария', reachable: false, consent: { method: 'paper', centerId: 'belovo-central', recordedBy: 777 } });
      expect(citizen!._id).toBeLessThan(-(2 ** 48));
      const entry = await WaitlistEntryModel.findOne({ citizenId: citizen!._id }).lean();
      expect(entry).toMatchObject({ status: 'waiting', courseId: 'basics', centerId: 'belovo-central', imported: { line: 2 } });
      expect(entry!.joinedAt.toISOString()).toBe('2025-03-04T17:00:00.000Z'); // midnight in Kuzbass (UTC+7)
      expect(await ImportBatchModel.findById(first.batchId).lean()).toMatchObject({ fileName: 'list.csv', importedBy: 777, rows: 4, added: 3 });
      expect(await AuditEntryModel.findOne({ action: 'waitlist.import' }).lean()).toMatchObject({ actorId: 777, target: `import:${first.batchId}` });

      const again = await prepareImport(file, 'list (копия).csv');
      expect(again.importedBefore).toEqual(NOW);
      expect(classify(again, COORDINATOR, {}, NOW).toAdd).toEqual([]);
      expect(await commitImport(again, COORDINATOR, {}, 777, NOW)).toMatchObject({ added: 0, already: 4 });
      expect(await WaitlistEntryModel.countDocuments()).toBe(3);
      expect(await CitizenModel.countDocuments()).toBe(3);
    });

    it('rejects rows of another center for a librarian', async () => {
      const p = await prepareImport(utf8Csv(rows), 'list.csv');
      const librarian: Role = { kind: 'librarian', centerIds: ['belovo-central'] };
      const result = await commitImport(p, librarian, {}, 555, NOW);
      expect(result).toMatchObject({ added: 2, rejected: 1 });
      expect(classify(p, librarian, {}, NOW).rejected).toEqual([{ line: 5, reason: 'other-center', value: 'yurga-central' }]);
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'yurga-central' })).toBe(0);
    });

    it('places imported people among Telegram people by their join date', async () => {
      await addToWaitlist(101, { centerId: 'belovo-central', at: new Date('2025-06-01T05:00:00Z') });
      await addToWaitlist(102, { centerId: 'belovo-central', at: new Date('2026-11-20T05:00:00Z') });
      const p = await prepareImport(utf8Csv(rows), 'list.csv');
      await commitImport(p, COORDINATOR, {}, 777, NOW);
      // Imported: 05.03.2025 (before 101) and 01.11.2026 (between 101 and 102).
      expect((await listActiveEntries(101, NOW))[0]!.position).toBe(2);
      expect((await listActiveEntries(102, NOW))[0]!.position).toBe(4);
      const maria = await CitizenModel.findOne({ phone: '+79231112233' }).lean();
      expect((await listActiveEntries(maria!._id, NOW))[0]!.position).toBe(1);
    });

    it('counts a person who is on the list already in Telegram with the same phone, name and course', async () => {
      await addToWaitlist(101, { centerId: 'kemerovo-regional', phone: '+79231112234', name: 'Иван Петров' });
      const p = await prepareImport(utf8Csv(rows), 'list.csv');
      // Joined in Telegram on the file's day: the same day, no earlier.
      expect(classify(p, COORDINATOR, {}, NOW).already).toContainEqual({ line: 4, reason: 'on-list' });
    });

    it('moves the place of someone waiting since a later day to the day in the file, where the importer may', async () => {
      const { entry } = await addToWaitlist(101, { centerId: 'kemerovo-regional', phone: '+79231112234', name: 'Петров Иван', at: new Date('2026-11-20T05:00:00Z') });
      const p = await prepareImport(utf8Csv(rows), 'list.csv');
      const fileDay = new Date('2026-10-31T17:00:00Z');
      expect(classify(p, COORDINATOR, {}, NOW).already).toContainEqual({ line: 4, reason: 'on-list-earlier', earlier: { entryId: entry.id, joinedAt: fileDay, from: new Date('2026-11-20T05:00:00Z'), centerId: 'kemerovo-regional', name: 'Петров Иван' } });
      // A librarian of Белово may not reorder Кемерово's line: counted as on the list, nothing moved.
      const belovo: Role = { kind: 'librarian', centerIds: ['belovo-central'] };
      expect(classify(p, belovo, {}, NOW).already).toContainEqual({ line: 4, reason: 'on-list' });
      expect(await commitImport(p, belovo, {}, 555, NOW)).toMatchObject({ backdated: 0 });
      expect((await WaitlistEntryModel.findById(entry.id).lean())!.joinedAt).toEqual(new Date('2026-11-20T05:00:00Z'));
      expect(await commitImport(p, COORDINATOR, {}, 777, NOW)).toMatchObject({ backdated: 1 });
      expect((await WaitlistEntryModel.findById(entry.id).lean())!.joinedAt).toEqual(fileDay);
    });

    it('a row imported before people were told apart by name is imported before for that name only (its person finished the course since)', async () => {
      // As an import wrote it then: the bare phone as phoneKey, the row key without the name.
      const id = -(2 ** 49) - 77;
      await CitizenModel.collection.insertOne({ _id: id, language: 'ru', name: 'Мария Иванова', phone: '+79231112233', phoneKey: '+79231112233', reachable: false, consent: { version: 'paper', givenAt: NOW }, createdAt: NOW, updatedAt: NOW } as never);
      await WaitlistEntryModel.create({
        citizenId: id, courseId: 'basics', centerId: 'belovo-central', timeOfDay: 'any', status: 'completed', joinedAt: new Date('2025-03-04T17:00:00Z'),
        imported: { batchId: new Types.ObjectId(), line: 2, key: legacyRowKey('+79231112233', 'basics', { year: 2025, month: 3, day: 5 }) },
      });
      const p = await prepareImport(utf8Csv([rows[0]!, rows[1]!, ['Иванов Пётр', '8 923 111-22-33', 'basics', 'belovo-central', '05.03.2025']]), 'list.csv');
      const preview = classify(p, COORDINATOR, {}, NOW);
      expect(preview.already).toEqual([{ line: 2, reason: 'imported-before' }]);
      expect(preview.toAdd.map((r) => [r.line, r.name, r.sharesPhoneWith])).toEqual([[3, 'Иванов Пётр', 2]]);
      expect(await commitImport(p, COORDINATOR, {}, 777, NOW)).toMatchObject({ added: 1, already: 1 });
      expect(await CitizenModel.countDocuments({ phone: '+79231112233' })).toBe(2);
    });
  });
});
