import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { CourseModel } from '../../src/db/models/course.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { listActiveEntries } from '../../src/domain/waitlist.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { utf8Csv } from './files.js';

describe('import-checks', () => {
  /**
   * /import for a new librarian, and no line-jumping (helper fixI: probe s22 H1, walk s22 W22-08..W22-11).
   * Each test has its own librarian, citizens and phones, so they pass alone and in any order.
   */
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 90_900;
  const CONSENT_YES = '✓ Да, у всех';
  let done: () => Promise<void>;

  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const librarianAt = async (id: number, centerIds: string[]) =>
    StaffMemberModel.create({ _id: id, displayName: `Библиотекарь ${id}`, centerIds, addedBy: COORDINATOR });

  describe('/import cannot put anyone at the front of the line (probe s22 H1)', () => {
    it('rejects a join date older than three years; moves an existing place only for the same name, names it on the preview and audits it', async () => {
      const LIB = 90_701;
      await librarianAt(LIB, ['kemerovo-gogol']);
      const at = (iso: string) => new Date(iso);
      await addToWaitlist(90_001, { centerId: 'kemerovo-gogol', courseId: 'basics', name: 'Жителева Первая', phone: '+79130093001', at: at('2026-11-30T02:00:00Z') });
      await addToWaitlist(90_002, { centerId: 'kemerovo-gogol', courseId: 'basics', name: 'Жителева Вторая', phone: '+79130093002', at: at('2026-11-30T03:00:00Z') });
      await addToWaitlist(90_003, { centerId: 'kemerovo-gogol', courseId: 'basics', name: 'Жителева Третья', phone: '+79130093003', at: at('2026-11-30T04:00:00Z') });
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Блатной Знакомый', '8 913 009-11-11', 'Основы компьютерной грамотности', 'kemerovo-gogol', '31.12.1999'], // before 2000 too: too old, not "unreadable" (probe s22 L4)
        ['Другое Имя', '+7 913 009-30-03', 'Основы компьютерной грамотности', 'kemerovo-gogol', '01.01.2025'],
        ['Вторая Жителева', '+7 913 009-30-02', 'Основы компьютерной грамотности', 'kemerovo-gogol', '01.11.2026'],
      ]);
      const t = setup();
      const librarian = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      await librarian.document(file, 'jump.csv');
      const from = librarian.messages().length;
      await librarian.press(CONSENT_YES);
      const preview = librarian.lastText();
      expect(librarian.textsSince(from)).toContain('Не подходят (строка в файле — причина):\nстрока 2 (Блатной Знакомый) — дата записи старше 3 лет');
      // "Другое Имя" on 90_003's phone is another person: added (at 01.01.2025), 90_003's day is not moved.
      expect(preview).toContain('Будут добавлены в очередь: 1');
      expect(preview).toContain('по файлу записались раньше: 1');
      expect(librarian.textsSince(from)).toContain('Место в очереди передвинется на дату из файла (сейчас → станет):\nстрока 4 (Вторая Жителева): 30.11.2026 → 01.11.2026');
      await librarian.press('✅ Записать 1');
      expect(await CitizenModel.countDocuments({ name: 'Блатной Знакомый' })).toBe(0);
      expect((await WaitlistEntryModel.findOne({ citizenId: 90_003 }).lean())!.joinedAt).toEqual(at('2026-11-30T04:00:00Z'));
      const moved = (await WaitlistEntryModel.findOne({ citizenId: 90_002 }).lean())!;
      expect(moved.joinedAt).toEqual(at('2026-10-31T17:00:00Z')); // midnight of 1 November in Кемерово
      expect((await listActiveEntries(90_001, NOW))[0]!.position).toBe(3);
      const audits = await AuditEntryModel.find({ action: 'waitlist.import-backdate', actorId: LIB }).lean();
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ target: `entry:${moved._id}`, details: { from: '2026-11-30T03:00:00.000Z', to: '2026-10-31T17:00:00.000Z' } });
      expect(JSON.stringify(audits[0])).not.toMatch(/Жителева/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('/stats right after an import counts the people just added (walk s22 W22-11)', () => {
    it('a librarian sees her waiting total grow by the people she imported, not the snapshot from before', async () => {
      const LIB = 90_711;
      await librarianAt(LIB, ['osinniki-central']);
      const t = setup();
      const librarian = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      const waitingTotal = async () => {
        await librarian.text('/stats');
        const text = t.telegram.callsOf('sendMessage').map((c) => String(c.payload.text)).reverse().find((x) => x.includes('Всего ждут'))!;
        return Number(/Всего ждут\D*(\d+)/.exec(text)![1]);
      };
      const before = await waitingTotal();
      await librarian.text('/import');
      await librarian.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Осинникова Вера', '+7 913 009-71-01', 'basics', 'osinniki-central', '01.11.2026'],
        ['Осинников Пётр', '+7 913 009-71-02', 'basics', 'osinniki-central', '02.11.2026'],
      ]), 'osinniki.csv');
      await librarian.press(CONSENT_YES);
      await librarian.press('✅ Записать 2');
      expect(librarian.lastText()).toMatch(/^Готово\. Добавлено в очередь: 2\./);
      expect(await waitingTotal()).toBe(before + 2);
      expect(t.errors).toEqual([]);
    });
  });

  describe('/import of a list kept at one library, without a center column (walk s22 W22-08)', () => {
    const list = (phone: string) => utf8Csv([
      ['№', 'ФИО', 'Телефон', 'Курс', 'Дата записи', 'Примечание'],
      ['1', 'Мариинская Вера', `+7 913 009-${phone}-01`, 'Основы компьютерной грамотности', '01.11.2026', ''],
      ['2', 'Мариинский Пётр', `+7 913 009-${phone}-02`, 'Основы компьютерной грамотности', '02.11.2026', 'звонить вечером'],
    ], { delimiter: ';' });

    it('a staff member with one center: every row is hers, and the column read-out says so', async () => {
      const LIB = 90_721;
      await librarianAt(LIB, ['mariinsk-central']);
      const t = setup();
      const librarian = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      const from = librarian.messages().length;
      await librarian.document(list('72'), 'мариинск.csv');
      expect(librarian.textsSince(from).join('\n')).toContain('столбца «центр» нет → все строки в ваш центр: Мариинск, Центральная районная библиотека');
      await librarian.press(CONSENT_YES);
      expect(librarian.lastText()).toContain('Будут добавлены в очередь: 2');
      await librarian.press('✅ Записать 2');
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'mariinsk-central', courseId: 'basics', status: 'waiting', 'imported.key': { $exists: true } })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('a staff member with two centers, and a coordinator, are still asked for the column', async () => {
      const LIB = 90_722;
      await librarianAt(LIB, ['mariinsk-central', 'tashtagol-central']);
      const t = setup();
      for (const id of [LIB, COORDINATOR]) {
        const person = t.user({ id, first_name: 'Анна', language_code: 'ru' });
        await person.text('/import');
        await person.document(list('73'), 'мариинск.csv');
        expect(person.lastText()).toMatch(/^Не найдены столбцы: центр\./);
        await person.press('Отмена');
      }
      expect(await CitizenModel.countDocuments({ name: 'Мариинская Вера', phone: '+79130097301' })).toBe(0);
    });
  });

  describe('/import: a course typed as one word (walk s22 W22-09)', () => {
    it('"Интернет" is guessed as the course that starts with it, and both courses that fit are buttons', async () => {
      const LIB = 90_731;
      await librarianAt(LIB, ['tashtagol-central']);
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Таштагольская Нина', '+7 913 009-73-11', 'Интернет', 'tashtagol-central', '01.11.2026'],
        ['Таштагольский Олег', '+7 913 009-73-12', 'интернет', 'tashtagol-central', '02.11.2026'],
        ['Таштагольская Вера', '+7 913 009-73-13', 'Интернет', 'tashtagol-central', '03.11.2026'],
      ]);
      const t = setup();
      const librarian = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      await librarian.document(file, 'таштагол.csv');
      await librarian.press(CONSENT_YES);
      expect(librarian.lastText()).toBe('Курс «Интернет» — это «Интернет и электронная почта» или «Безопасный интернет»? Это 2 строки.');
      expect(librarian.buttonLabels().slice(0, 4)).toEqual(['✅ Интернет и электронная почта', '✅ Безопасный интернет', '🔁 Нет, другой курс', '❌ Нет, пропустить эти строки']);
      await librarian.press('✅ Интернет и электронная почта');
      expect(librarian.lastText()).toBe('Курс «интернет» — это «Интернет и электронная почта» или «Безопасный интернет»? Это 1 строка.');
      await librarian.press('✅ Безопасный интернет');
      await librarian.press('✅ Записать 3');
      const courseOf = async (name: string) => (await WaitlistEntryModel.findOne({ citizenId: (await CitizenModel.findOne({ name }).lean())!._id }).lean())!.courseId;
      expect(await courseOf('Таштагольская Нина')).toBe('internet');
      expect(await courseOf('Таштагольская Вера')).toBe('internet');
      expect(await courseOf('Таштагольский Олег')).not.toBe('internet');
      expect(t.errors).toEqual([]);
    });
  });

  describe('/import names a row that does not fit by the list\'s own number and the name (walk s22 W22-10)', () => {
    it('"строка 3 (№ 4, Кузнецов Вадим) — нет даты записи", in Russian and in English', async () => {
      const LIB = 90_741;
      await librarianAt(LIB, ['kiselyovsk-central']);
      const rows = [
        ['№', 'ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['1', 'Киселёвская Анна', '+7 913 009-74-01', 'basics', 'kiselyovsk-central', '01.11.2026'],
        ['4', 'Кузнецов Вадим', '+7 913 009-74-02', 'basics', 'kiselyovsk-central', ''],
        ['14', 'Алексеева Ольга', '8904111111', 'basics', 'kiselyovsk-central', '03.11.2026'],
        ['', '', '+7 913 009-74-04', 'basics', 'kiselyovsk-central', '03.11.2026'],
      ];
      const t = setup();
      const librarian = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      await librarian.document(utf8Csv(rows, { delimiter: ';' }), 'киселёвск.csv');
      const from = librarian.messages().length;
      await librarian.press(CONSENT_YES);
      expect(librarian.textsSince(from)).toContain('Не подходят (строка в файле — причина):\nстрока 3 (№ 4, Кузнецов Вадим) — нет даты записи\nстрока 4 (№ 14, Алексеева Ольга) — не понятен телефон\nстрока 5 — нет ФИО');
      expect(librarian.lastText()).toContain('Не подходят: 3');
      expect(librarian.lastText()).toContain('Какие строки не подходят и почему — в сообщении выше.');
      await librarian.press('Отмена');

      const english = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await english.text('/import');
      await english.document(utf8Csv([...rows, ['']], { delimiter: ';' }), 'kiselyovsk.csv');
      const since = english.messages().length;
      await english.press(/Yes/);
      expect(english.textsSince(since).join('\n')).toContain('line 3 (No. 4, Кузнецов Вадим) — no date joined');
      expect(t.errors).toEqual([]);
    });
  });

  describe('/import of a row for a course no longer offered (fixK leftover)', () => {
    it('says "курс не предлагается", not "неизвестный курс", on a readable row and on one with another problem', async () => {
      const LIB = 90_751;
      await librarianAt(LIB, ['kemerovo-gogol']);
      await CourseModel.create({ _id: 'photo-editing-l', order: 90, active: false, title: { ru: 'Обработка фотографий', en: 'Photo editing' }, description: { ru: 'Фото', en: 'Photo' } });
      invalidateCatalog();
      const t = setup();
      const librarian = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      const from = librarian.messages().length;
      await librarian.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Фотографова Вера', '+7 913 009-75-01', 'Обработка фотографий', 'kemerovo-gogol', '01.11.2026'],
        ['Фотографов Пётр', '12-34', 'Обработка фотографий', 'kemerovo-gogol', '02.11.2026'],
        ['Вязальщикова Анна', '+7 913 009-75-03', 'Вязание крючком', 'kemerovo-gogol', '03.11.2026'],
      ]), 'photo.csv');
      await librarian.press(CONSENT_YES);
      // A name the bot does not know is asked about (walk30 W30-01); skipped, its row is an unknown course.
      expect(librarian.lastText()).toMatch(/^Курс «Вязание крючком» — какой это курс\?/);
      await librarian.press('❌ Нет, пропустить эту строку');
      const said = librarian.textsSince(from).join('\n');
      expect(said).toContain('строка 2 (Фотографова Вера) — курс не предлагается');
      expect(said).toContain('строка 3 (Фотографов Пётр) — не понятен телефон, курс не предлагается');
      expect(said).toContain('строка 4 (Вязальщикова Анна) — неизвестный курс');
      await CourseModel.deleteOne({ _id: 'photo-editing-l' });
      invalidateCatalog();
      expect(t.errors).toEqual([]);
    });
  });
});
