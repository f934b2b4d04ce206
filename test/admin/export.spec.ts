import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { csvField, toCsv } from '../../src/domain/export.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('export', () => {
  const NOW = new Date('2026-11-24T03:00:00Z');
  const COORDINATOR = 900;
  const LIBRARIAN = 700;
  const TRICKY_NAME = 'Иванов, Иван "Ваня"';

  /** A small RFC 4180 reader (with the semicolons Russian Excel expects): quoted fields, doubled quotes, CRLF rows. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ';') { row.push(field); field = ''; }
      else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
      else field += ch;
    }
    return rows;
  }

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: COORDINATOR });
    await addToWaitlist(41, { name: TRICKY_NAME, phone: '+79001112233', timeOfDay: 'morning' });
    await addToWaitlist(42, { at: new Date('2026-11-02T03:00:00Z') });
    await CitizenModel.updateOne({ _id: 42 }, { $set: { reachable: false } }); // blocked the bot
    const offered = await addToWaitlist(43, { at: new Date('2026-11-03T03:00:00Z') });
    await WaitlistEntryModel.updateOne({ _id: offered.entry.id }, { $set: { status: 'offered' } });
    // Forgotten while waiting: the entry stays, anonymous.
    await addToWaitlist(44, { at: new Date('2026-11-04T03:00:00Z') });
    await WaitlistEntryModel.updateOne({ citizenId: 44 }, { $set: { status: 'forgotten' }, $unset: { citizenId: 1, activeKey: 1 } });
    await CitizenModel.deleteOne({ _id: 44 });

    const group = await ClassGroupModel.create({
      courseId: 'internet', centerId: 'novokuznetsk-central', room: 'Зал 2', capacity: 8, timeOfDay: 'morning', librarianId: LIBRARIAN, createdAt: NOW,
    });
    await LessonModel.create({ groupId: group._id, index: 1, startsAt: new Date('2026-11-12T03:00:00Z'), durationMinutes: 90 });
    const enrolledAt = new Date('2026-11-10T02:30:00Z');
    for (const id of [45, 46, 47]) {
      const { entry } = await addToWaitlist(id, { courseId: 'internet', centerId: 'novokuznetsk-central', phone: '+7900000000' + (id - 40) });
      await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status: 'enrolled', groupId: group._id, enrolledAt } });
    }
    await WaitlistEntryModel.updateOne({ citizenId: 46 }, { $set: { status: 'completed', completedAt: new Date('2026-11-20T10:00:00Z') } });
    await WaitlistEntryModel.updateOne({ citizenId: 47 }, { $set: { status: 'forgotten' }, $unset: { citizenId: 1, activeKey: 1 } });
    await CitizenModel.deleteOne({ _id: 47 });
  });
  afterAll(() => done());

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  describe('CSV', () => {
    it('quotes separators, quotes and line breaks; BOM and CRLF', () => {
      expect(csvField('a,b')).toBe('"a,b"');
      expect(csvField('a;b')).toBe('"a;b"');
      expect(csvField('say "hi"')).toBe('"say ""hi"""');
      expect(csvField('two\nlines')).toBe('"two\nlines"');
      expect(csvField(undefined)).toBe('');
      expect(csvField(3)).toBe('3');
      expect(toCsv(['x', 'y'], [[1, 'a;b']]).toString('utf8')).toBe('\uFEFFx;y\r\n1;"a;b"\r\n');
    });
  });

  describe('/export', () => {
    it('sends the waiting list and the enrollments as CSV files a spreadsheet reads back', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      // A paper list's note goes into the waiting list (walk s22 W22-34), a formula in it as text.
      await CitizenModel.updateOne({ _id: 42 }, { $set: { notes: '=звонить после 18:00' } });
      await olga.text('/export');
      const docs = t.telegram.callsOf('sendDocument').map((c) => c.payload);
      expect(docs.map((d) => d.document.filename)).toEqual(['waitlist-2026-11-24.csv', 'enrollments-2026-11-24.csv']);
      expect(docs.map((d) => Number(d.chat_id))).toEqual([COORDINATOR, COORDINATOR]);
      expect(docs[0]!.caption).toBe('Очередь: 4 строки. Открывается в Excel и LibreOffice.');

      const [waitlistBytes, enrollmentBytes] = docs.map((d) => d.document.data as Buffer);
      expect([...waitlistBytes!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const waitlistText = waitlistBytes!.toString('utf8');
      expect(waitlistText).toContain(`"Иванов, Иван ""Ваня"""`);
      expect(waitlistText.endsWith('\r\n')).toBe(true);
      const waitlist = parseCsv(waitlistText.slice(1));
      const kemerovo = 'Кемерово: Областная научная библиотека имени В. Д. Фёдорова';
      const basics = 'Основы компьютерной грамотности';
      expect(waitlist).toEqual([
        // Russian phones as they are dialled in Russia (8 …): no "+" that would need the apostrophe against formulas, which Excel shows.
        ['Центр', 'Курс', 'Статус', 'Записался', 'Место в очереди', 'Удобное время', 'Имя', 'Телефон', 'Телеграм', 'Заметка'],
        [kemerovo, basics, 'ждёт', '2026-11-01 10:00', '1', 'Утром', TRICKY_NAME, '8 900 111-22-33', 'есть', ''],
        [kemerovo, basics, 'ждёт', '2026-11-02 10:00', '2', 'Не важно', 'Участник 42', '', 'заблокировал бота, звонить', "'=звонить после 18:00"],
        [kemerovo, basics, 'предложено место', '2026-11-03 10:00', '', 'Не важно', 'Участник 43', '', 'есть', ''],
        [kemerovo, basics, 'данные удалены', '2026-11-04 10:00', '', 'Не важно', '', '', '', ''],
      ]);

      expect([...enrollmentBytes!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const enrollments = parseCsv(enrollmentBytes!.toString('utf8').slice(1));
      // A group as staff know it: its first lesson on the center's clock, and the room.
      const group = '2026-11-12 10:00, Зал 2';
      const center = 'Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя';
      const internet = 'Интернет и электронная почта';
      expect(enrollments[0]).toEqual(['Группа', 'Курс', 'Центр', 'Зачислен', 'Статус', 'Закончил', 'Имя', 'Телефон', 'Телеграм', 'Заметка']);
      expect(enrollments.slice(1).sort((a, b) => a.join().localeCompare(b.join()))).toEqual(
        [
          [group, internet, center, '2026-11-10 09:30', 'учится', '', 'Участник 45', '8 900 000-00-05', 'есть', ''],
          [group, internet, center, '2026-11-10 09:30', 'закончил курс', '2026-11-20 17:00', 'Участник 46', '8 900 000-00-06', 'есть', ''],
          [group, internet, center, '2026-11-10 09:30', 'данные удалены', '', '', '', '', ''],
        ].sort((a, b) => a.join().localeCompare(b.join())),
      );

      const entry = await AuditEntryModel.findOne({ action: 'export', actorId: COORDINATOR }).lean(); // the librarian's test exports too
      expect(entry).toMatchObject({ actorId: COORDINATOR, target: 'waitlist+enrollments', details: { waitlistRows: 4, enrollmentRows: 3 } });
      expect(JSON.stringify(entry)).not.toContain('Иван');
      expect(t.errors).toEqual([]);
    });

    it('puts the note typed beside the phone into the enrollments too, a formula in it as text (walk36 L9)', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await CitizenModel.updateOne({ _id: 45 }, { $set: { notes: '(внук Дима)' } });
      await CitizenModel.updateOne({ _id: 46 }, { $set: { notes: '-звонить внуку' } });
      try {
        await olga.text('/export');
        const enrollmentBytes = t.telegram.callsOf('sendDocument').map((c) => c.payload.document.data as Buffer)[1]!;
        const enrollments = parseCsv(enrollmentBytes.toString('utf8').slice(1));
        const notes = enrollments[0]!.indexOf('Заметка');
        expect(notes).toBeGreaterThan(0);
        const byName = new Map(enrollments.slice(1).map((row) => [row[6], row[notes]]));
        expect(byName.get('Участник 45')).toBe('(внук Дима)');
        expect(byName.get('Участник 46')).toBe("'-звонить внуку");
        expect(t.errors).toEqual([]);
      } finally {
        await CitizenModel.updateMany({ _id: { $in: [45, 46] } }, { $unset: { notes: 1 } });
      }
    });

    it('names centers and courses in the language of the coordinator who asked', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await olga.text('/export');
      const [waitlistBytes] = t.telegram.callsOf('sendDocument').map((c) => c.payload.document.data as Buffer);
      const waitlist = parseCsv(waitlistBytes!.toString('utf8').slice(1));
      expect(waitlist[1]!.slice(0, 2)).toEqual(['Kemerovo: Fedorov Regional Academic Library', 'Basic computer literacy']);
    });

    it("gives a librarian her own centers' list, without the partners' file", async () => {
      const t = bot();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/export');
      const docs = t.telegram.callsOf('sendDocument').map((c) => c.payload);
      expect(docs.map((d) => d.document.filename)).toEqual(['waitlist-2026-11-24.csv', 'enrollments-2026-11-24.csv']);
      const [waitlist, enrollments] = docs.map((d) => parseCsv((d.document.data as Buffer).toString('utf8').slice(1)));
      // Her center is Kemerovo's: its four rows; the Novokuznetsk group is another center's.
      expect(waitlist!.slice(1).map((r) => r[0])).toEqual(Array(4).fill('Кемерово: Областная научная библиотека имени В. Д. Фёдорова'));
      expect(enrollments).toHaveLength(1);
      expect(await AuditEntryModel.findOne({ action: 'export', actorId: LIBRARIAN }).lean()).toMatchObject({ target: 'centers:kemerovo-regional' });
    });

    it('refuses citizens', async () => {
      const t = bot();
      const user = t.user({ id: 41, first_name: 'Иван', language_code: 'ru' });
      await user.text('/export');
      expect(user.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      expect(t.telegram.callsOf('sendDocument')).toHaveLength(0);
      expect(await AuditEntryModel.countDocuments({ action: 'export', actorId: 41 })).toBe(0);
    });
  });
});
