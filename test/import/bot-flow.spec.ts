import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ImportBatchModel } from '../../src/db/models/import-batch.js';
import { ImportNameAnswerModel } from '../../src/db/models/import-name-answer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { listActiveEntries } from '../../src/domain/waitlist.js';
import { excelCsv1251, HEADER_RU, utf8Csv, xlsxWithTitle } from './files.js';

describe('bot-flow', () => {
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  const LIBRARIAN = 700;
  let done: () => Promise<void>;

  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([CitizenModel.deleteMany({}), WaitlistEntryModel.deleteMany({}), ImportBatchModel.deleteMany({}), ImportNameAnswerModel.deleteMany({}), AuditEntryModel.deleteMany({}), StaffMemberModel.deleteMany({})]);
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: COORDINATOR });
  });

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  /** The paper list of Белово, as Excel saves it: Windows-1251, semicolons; one row of another center, one repeat, one bad phone. */
  const belovoList = () =>
    excelCsv1251([
      HEADER_RU,
      ['1', 'Иванова Мария Петровна', '8 (38452) 2-11-22', 'Интернет и эл. почта', 'Белово ЦГБ', '05.03.2025', 'утро', ''],
      ['2', 'Петров Иван', '+7 923 123-45-67', 'Основы компьютерной грамотности', 'Белово ЦГБ', '1.11.26', '', ''],
      ['3', 'Петров Иван', '89231234567', 'Основы компьютерной грамотности', 'Белово ЦГБ', '1.11.26', '', 'повтор'],
      ['4', 'Сидорова Анна', '12-34', 'Основы компьютерной грамотности', 'Белово ЦГБ', '2.11.26', '', ''],
      ['5', 'Гость из Юрги', '89231234500', 'Основы компьютерной грамотности', 'Центральная городская библиотека, Юрга', '3.11.26', '', ''],
    ]);

  /**
   * The same list in bytes no other test sends (one blank line more, which the reader skips): previews live in
   * the process's memory keyed by the file, so this test's Confirm can only meet the preview this test made.
   */
  const freshCopy = (file: Uint8Array) => new Uint8Array([...file, 13, 10]);

  const CONSENT_YES = '✓ Да, у всех';

  describe('/import', () => {
    it('a coordinator imports a Windows-1251 CSV: columns, one tap per informal name, preview, Confirm; again adds nothing', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      expect(coordinator.lastText()).toMatch(/Пришлите файл/);
      expect(coordinator.lastText()).toContain('подписанный бумажный бланк согласия');
      await coordinator.text('вот');
      expect(coordinator.lastText()).toMatch(/Пришлите, пожалуйста, файл/);

      const from = coordinator.messages().length;
      await coordinator.document(freshCopy(belovoList()), 'очередь Белово.csv');
      const texts = coordinator.textsSince(from);
      expect(texts[0]).toContain('Файл CSV, windows-1251, «;», строк с данными: 5');
      expect(texts[0]).toContain('«ФИО» → ФИО');
      expect(texts[0]).toContain('«Библиотека» → центр');
      expect(texts[0]).toContain('«Дата записи» → дата записи');
      expect(coordinator.lastText()).toBe('У всех людей из этого файла есть подписанный бумажный бланк согласия? Без него бот их не сохранит.');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toBe('Курс «Интернет и эл. почта» — это «Интернет и электронная почта»? Это 1 строка.');
      // One row is "this row" on both buttons (walk s20 #26: "skip these rows" for one).
      expect(coordinator.buttonLabels().slice(0, 3)).toEqual(['✅ Да, для этой строки', '🔁 Нет, другой курс', '❌ Нет, пропустить эту строку']);
      await coordinator.press('✅ Да, для этой строки');
      expect(coordinator.lastText()).toBe('Центр «Белово ЦГБ» — это Центральная городская библиотека, Белово? Это 3 строки.');
      await coordinator.press('✅ Да, для всех строк: 3');
      const preview = coordinator.lastText();
      expect(preview).toContain('Будут добавлены в очередь: 3');
      expect(preview).toContain('Повторы внутри файла: 1');
      expect(preview).toContain('Не подходят: 1');
      expect(preview).toContain('Какие строки не подходят и почему — в сообщении выше.');
      expect(coordinator.textsSince(from)).toContain('Не подходят (строка в файле — причина):\nстрока 5 (№ 4, Сидорова Анна) — не понятен телефон');
      expect(preview.length).toBeLessThanOrEqual(4096);
      const details = t.telegram.callsOf('sendDocument').at(-1)!.payload;
      expect(details.document.filename).toBe('import-check.csv');
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);

      await coordinator.press('✅ Записать 3');
      expect(coordinator.lastText()).toMatch(/^Готово. Добавлено в очередь: 3. Уже были: 0. Не подошли: 1.[^]*\nПовторы в файле: 1\./);
      expect(await WaitlistEntryModel.countDocuments({ 'imported.key': { $exists: true } })).toBe(3);
      expect(await CitizenModel.findOne({ phone: '+73845221122' }).lean()).toMatchObject({ consent: { method: 'paper', recordedBy: COORDINATOR, centerId: 'belovo-central' }, reachable: false });
      expect(await AuditEntryModel.countDocuments({ action: 'waitlist.import', actorId: COORDINATOR })).toBe(1);
      expect(t.telegram.callsOf('downloadFile')).toHaveLength(1); // the preview was kept in memory for Confirm

      await coordinator.text('/import');
      await coordinator.document(freshCopy(belovoList()), 'очередь Белово (2).csv');
      await coordinator.press(CONSENT_YES); // the names were answered on the first file (walk38 L6)
      expect(coordinator.lastText()).toContain('Уже загружены раньше: 3');
      expect(coordinator.lastText()).toContain('Этот файл уже загружали 2026-11-30.');
      expect(coordinator.lastText()).toContain('Добавлять нечего');
      expect(await WaitlistEntryModel.countDocuments()).toBe(3);
      // Nothing to add may come of a wrong remembered answer: it can still be asked again (walk38 L6).
      expect(coordinator.buttonLabels()).toEqual(['🔁 Спросить о названиях заново', 'Назад', 'Отмена']);
      await coordinator.press('🔁 Спросить о названиях заново');
      expect(coordinator.lastText()).toBe('Курс «Интернет и эл. почта» — это «Интернет и электронная почта»? Это 1 строка.');
    });

    it('walk38 L6: the names answered on a confirmed file are not asked on the next one; they are said first, and the preview can ask them again', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(freshCopy(freshCopy(belovoList())), 'первый.csv');
      await coordinator.press(CONSENT_YES);
      await coordinator.press('✅ Да, для этой строки');
      await coordinator.press('✅ Да, для всех строк: 3');
      await coordinator.press('✅ Записать 3');

      // The same evening, the next file with the same informal names.
      const next = excelCsv1251([
        HEADER_RU,
        ['1', 'Козлова Нина', '+7 923 123-45-99', 'Интернет и эл. почта', 'Белово ЦГБ', '06.03.2025', '', ''],
        ['2', 'Орлов Пётр', '+7 923 123-45-98', 'Основы компьютерной грамотности', 'белово цгб', '2.11.26', '', ''],
      ]);
      await coordinator.text('/import');
      const from = coordinator.messages().length;
      await coordinator.document(next, 'второй.csv');
      await coordinator.press(CONSENT_YES);
      const texts = coordinator.textsSince(from);
      expect(texts.filter((text) => text.includes(' — это '))).toEqual([]);
      expect(texts).toContain(
        'Эти названия вы уже подтверждали, бот взял ваши ответы:\n• «Интернет и эл. почта» — Интернет и электронная почта\n• «Белово ЦГБ» — Центральная городская библиотека, Белово\n• «белово цгб» — Центральная городская библиотека, Белово\nЕсли ответ неверный, нажмите «🔁 Спросить о названиях заново» под итогом.',
      );
      expect(coordinator.lastText()).toContain('Будут добавлены в очередь: 2');
      expect(coordinator.buttonLabels().slice(0, 2)).toEqual(['✅ Записать 2', '🔁 Спросить о названиях заново']);

      // A wrong answer is undone: the names are forgotten and asked; «skip» is about this file and is not remembered.
      await coordinator.press('🔁 Спросить о названиях заново');
      expect(coordinator.lastText()).toBe('Курс «Интернет и эл. почта» — это «Интернет и электронная почта»? Это 1 строка.');
      await coordinator.press('❌ Нет, пропустить эту строку');
      expect(coordinator.lastText()).toMatch(/^Центр «Белово ЦГБ», «белово цгб» — это Центральная городская библиотека, Белово\?/);
      await coordinator.press('✅ Да, для всех строк: 2');
      expect(coordinator.buttonLabels().slice(0, 2)).toEqual(['✅ Записать 1', 'Назад']);
      await coordinator.press('✅ Записать 1');
      expect(await ImportNameAnswerModel.find({}, { _id: 0, staffId: 1, kind: 1, text: 1, id: 1 }).lean()).toEqual([{ staffId: COORDINATOR, kind: 'center', text: 'белово цгб', id: 'belovo-central' }]);
      expect(t.errors).toEqual([]);
    });

    it('asks whether everyone in the file signed the paper consent form: No writes nothing and says what to do', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(belovoList(), 'list.csv');
      expect(coordinator.buttonLabels()).toEqual(['✓ Да, у всех', 'Нет', 'Назад', 'Отмена']);
      await coordinator.press('Нет');
      expect(coordinator.lastText()).toBe('Ничего не сохранили. Соберите подписанные бланки согласия, потом загрузите файл снова: /import. Людей, у кого бланка нет, уберите из файла.');
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);
      expect(await CitizenModel.countDocuments()).toBe(0);

      // Back from the consent question asks for the file again.
      await coordinator.text('/import');
      await coordinator.document(belovoList(), 'list.csv');
      await coordinator.press('Назад');
      expect(coordinator.lastText()).toMatch(/^Пришлите файл/);
    });

    it('Cancel writes nothing; declining a match rejects its rows', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(belovoList(), 'list.csv');
      await coordinator.press(CONSENT_YES);
      await coordinator.press('✅ Да, для этой строки');
      await coordinator.press('❌ Нет, пропустить эти строки');
      expect(coordinator.lastText()).toContain('Будут добавлены в очередь: 1');
      await coordinator.press('Отмена');
      expect(coordinator.lastText()).toMatch(/отменили/);
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);
      expect(await CitizenModel.countDocuments()).toBe(0);
    });

    it('a wrong guess at a course name: the right course is chosen from the list instead (walk s20 #26)', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(freshCopy(freshCopy(freshCopy(belovoList()))), 'list.csv');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toMatch(/^Курс «Интернет и эл\. почта» — это «Интернет и электронная почта»\?/);
      expect(coordinator.buttonLabels()).toEqual(['✅ Да, для этой строки', '🔁 Нет, другой курс', '❌ Нет, пропустить эту строку', 'Назад', 'Отмена']);
      await coordinator.press('🔁 Нет, другой курс');
      expect(coordinator.lastText()).toBe('Какой это курс — «Интернет и эл. почта»?');
      expect(coordinator.buttonLabels()).toContain('Основы компьютерной грамотности');
      expect(coordinator.buttonLabels()).toContain('❌ Нет, пропустить эту строку');
      await coordinator.press('Назад');
      expect(coordinator.lastText()).toMatch(/^Курс «Интернет и эл\. почта» — это/);
      await coordinator.press('🔁 Нет, другой курс');
      await coordinator.press('Основы компьютерной грамотности');
      await coordinator.press('✅ Да, для всех строк: 3');
      await coordinator.press('✅ Записать 3');
      const maria = await CitizenModel.findOne({ name: 'Иванова Мария Петровна' }).lean();
      expect(await WaitlistEntryModel.findOne({ citizenId: maria!._id }).lean()).toMatchObject({ courseId: 'basics', centerId: 'belovo-central' });
    });

    it('two spellings guessed as the same center are asked about once (walk s20 #26)', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(
        excelCsv1251([
          HEADER_RU,
          ['1', 'Иванова Мария', '+7 923 111-00-01', 'Основы компьютерной грамотности', 'Белово ЦГБ', '1.11.26', '', ''],
          ['2', 'Петров Иван', '+7 923 111-00-02', 'Основы компьютерной грамотности', 'ЦГБ г. Белово', '1.11.26', '', ''],
        ]),
        'two-spellings.csv',
      );
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toBe('Центр «Белово ЦГБ», «ЦГБ г. Белово» — это Центральная городская библиотека, Белово? Это 2 строки.');
      await coordinator.press('✅ Да, для всех строк: 2');
      expect(coordinator.lastText()).toContain('Будут добавлены в очередь: 2');
    });

    it('Back and Cancel on every step: Cancel at the file question, Back from a name question to the one before', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.press('Отмена');
      expect(coordinator.lastText()).toMatch(/отменили/);

      await coordinator.text('/import');
      await coordinator.document(belovoList(), 'list.csv');
      await coordinator.press(CONSENT_YES);
      await coordinator.press('❌ Нет, пропустить эту строку');
      expect(coordinator.lastText()).toMatch(/^Центр «Белово ЦГБ»/);
      await coordinator.press('Назад');
      expect(coordinator.lastText()).toMatch(/^Курс «Интернет и эл. почта»/);
      await coordinator.press('✅ Да, для этой строки');
      await coordinator.press('✅ Да, для всех строк: 3');
      expect(coordinator.lastText()).toContain('Будут добавлены в очередь: 3');
      await coordinator.press('✅ Записать 3');
      expect(await WaitlistEntryModel.countDocuments()).toBe(3);
    });

    it('the role is checked again on Confirm: a librarian removed meanwhile writes nothing', async () => {
      const t = setup();
      const librarian = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      await librarian.document(belovoList(), 'list.csv');
      await librarian.press(CONSENT_YES);
      await librarian.press('✅ Да, для этой строки');
      await librarian.press('✅ Да, для всех строк: 3');
      expect(librarian.lastText()).toContain('Будут добавлены в очередь: 2'); // the row of Юрга is not her center
      await StaffMemberModel.deleteOne({ _id: LIBRARIAN });
      await librarian.press('✅ Записать 2');
      expect(librarian.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);
      expect(await CitizenModel.countDocuments()).toBe(0);
    });

    it('a librarian imports an XLSX with a title row; rows of another center are rejected with the reason', async () => {
      const t = setup();
      const librarian = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      const file = await xlsxWithTitle('Список ожидания ЦГБ Белово на 30.11.2026', ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'], [
        ['Иванова Мария', '+7 923 000-11-22', 'basics', 'belovo-central', new Date(Date.UTC(2025, 4, 17))],
        ['Орлов Пётр', '8 923 000 11 23', 'basics', 'yurga-central', '17.05.25'],
      ]);
      await librarian.text('/import');
      await librarian.document(file, 'Белово.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await librarian.press(CONSENT_YES);
      expect(librarian.textsSince(0).join('\n')).toContain('Файл XLSX, строк с данными: 2');
      expect(librarian.lastText()).toContain('Будут добавлены в очередь: 1');
      expect(librarian.textsSince(0).join('\n')).toContain('строка 5 (Орлов Пётр) — центр не ваш: передайте строку той библиотеке или координатору');
      await librarian.press('✅ Записать 1');
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'belovo-central' })).toBe(1);
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'yurga-central' })).toBe(0);
    });

    it('walk29 W29-05: a row of another center is set aside before the course and center questions, and says what to do', async () => {
      const t = setup();
      const librarian = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await librarian.text('/import');
      await librarian.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Своя Мария', '+7 923 000-11-52', 'basics', 'belovo-central', '01.11.2026'],
        ['Белова Зоя', '+7 923 000-11-53', 'Интернет', 'Кемерово Гоголя', '02.11.2026'],
      ]), 'чужой центр.csv');
      const from = librarian.messages().length;
      await librarian.press(CONSENT_YES);
      // No «Курс «Интернет» — это …?» nor «Центр «Кемерово Гоголя» — это …?» for the row refused anyway: the preview at once.
      expect(librarian.textsSince(from).join('\n')).not.toMatch(/Это 1 строка/);
      expect(librarian.lastText()).toContain('Будут добавлены в очередь: 1');
      expect(librarian.lastText()).toContain('Не подходят: 1');
      expect(librarian.textsSince(from).join('\n')).toContain('строка 3 (Белова Зоя) — центр не ваш: передайте строку той библиотеке или координатору');
      expect(t.errors).toEqual([]);
    });

    it('imported people take their place among Telegram people by join date', async () => {
      await addToWaitlist(101, { centerId: 'belovo-central', courseId: 'basics', at: new Date('2020-01-01T05:00:00Z') });
      await addToWaitlist(102, { centerId: 'belovo-central', courseId: 'basics', at: new Date('2026-11-20T05:00:00Z') });
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(belovoList(), 'list.csv');
      await coordinator.press(CONSENT_YES);
      await coordinator.press('✅ Да, для этой строки');
      await coordinator.press('✅ Да, для всех строк: 3');
      await coordinator.press('✅ Записать 3');
      const line = await WaitlistEntryModel.find({ centerId: 'belovo-central', courseId: 'basics', status: 'waiting' }).sort({ joinedAt: 1, _id: 1 }).lean();
      // 101 (2020), Петров (01.11.2026, imported), 102 (20.11.2026).
      expect(line.map((e) => e.citizenId! > 0 ? e.citizenId : 'imported')).toEqual([101, 'imported', 102]);
      expect((await listActiveEntries(102, NOW))[0]!.position).toBe(3);
      expect((await listActiveEntries(101, NOW))[0]!.position).toBe(1);
    });

    it('someone on the paper list since an earlier day, registered again today, keeps the day on paper (walk s20 #25)', async () => {
      await addToWaitlist(102, { centerId: 'belovo-central', courseId: 'basics', at: new Date('2026-11-20T05:00:00Z') });
      // Петров (line 2 of the file: 1.11.26) came to the desk this morning and was put on the list today.
      await addToWaitlist(103, { centerId: 'belovo-central', courseId: 'basics', phone: '+79231234567', name: 'Петров Иван', at: new Date('2026-11-30T03:00:00Z') });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/import');
      await anna.document(freshCopy(freshCopy(belovoList())), 'list.csv');
      await anna.press(CONSENT_YES);
      await anna.press('✅ Да, для этой строки');
      await anna.press('✅ Да, для всех строк: 3');
      expect(anna.lastText()).toContain('Уже в очереди (тот же телефон и курс): 1');
      expect(anna.lastText()).toContain('Из тех, кто уже в очереди, по файлу записались раньше: 1. Их место будет считаться по дате из файла (кто и с какого дня — в сообщении выше).');
      await anna.press('✅ Записать 1');
      expect(anna.lastText()).toMatch(/^Готово\. Добавлено в очередь: 1\. [^]*\nМесто по дате из файла: 1\.$/);
      // Midnight of 1 November in Белово (UTC+7): ahead of 102, who joined on the 20th.
      expect((await WaitlistEntryModel.findOne({ citizenId: 103 }).lean())!.joinedAt).toEqual(new Date('2026-10-31T17:00:00Z'));
      expect((await listActiveEntries(103, NOW))[0]!.position).toBe(1);
      expect((await listActiveEntries(102, NOW))[0]!.position).toBe(2);
      expect((await AuditEntryModel.findOne({ action: 'waitlist.import' }).lean())!.details).toMatchObject({ backdated: 1 });
    });

    it('a broken file gets a clear answer and changes nothing; citizens cannot import', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), 'список.csv');
      expect(coordinator.lastText()).toMatch(/^Это не похоже на таблицу CSV или XLSX/);
      await coordinator.document(new Uint8Array(0), 'пусто.csv');
      expect(coordinator.lastText()).toMatch(/^Файл пустой/);
      await coordinator.document(new TextEncoder().encode('a;b\n1;2\n'), 'x.csv');
      expect(coordinator.lastText()).toMatch(/^Не найдены столбцы: ФИО, телефон, курс, центр, дата записи/);
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);
      expect(await CitizenModel.countDocuments()).toBe(0);

      const citizen = t.user({ id: 5001, first_name: 'Иван', language_code: 'ru' });
      await citizen.text('/import');
      expect(citizen.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
    });
  });

  describe('/import counts the people in a file, not its title and header rows (probe s21 L3)', () => {
    it('takes a file of exactly 20,000 people under a title and a header; refuses 20,001', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      // Every phone unreadable: the file is read and checked, nothing is looked up for 20,000 people.
      const people = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), `Человек ${i + 1}`, '12-34', 'Основы компьютерной грамотности', 'Белово ЦГБ', '1.11.26', '', '']);
      const title = ['Список ожидания ЦГБ Белово на 30.11.2026', '', '', '', '', '', '', ''];
      await coordinator.text('/import');
      await coordinator.document(utf8Csv([title, HEADER_RU, ...people(20_000)], { delimiter: ';' }), 'список-20000.csv');
      const said = coordinator.messages().slice(-2).map((m) => m.text ?? '').join('\n');
      expect(said).not.toContain('больше 20 000');
      expect(said).toMatch(/строк с данными: 20\s000\./);
      expect(coordinator.lastText()).toMatch(/^У всех людей из этого файла есть подписанный бумажный бланк согласия\?/);

      await coordinator.text('/import');
      await coordinator.document(utf8Csv([title, HEADER_RU, ...people(20_001)], { delimiter: ';' }), 'список-20001.csv');
      expect(coordinator.lastText()).toBe('В файле больше 20 000 человек. Разделите его на части и пришлите по одной.');
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);
      expect(t.errors).toEqual([]);
    }, 60_000);
  });

  describe('/import cleans what it reads and writes its check file safely (probe s16 F2, F3, F6)', () => {
    const detailsOf = (t: ReturnType<typeof setup>) => (t.telegram.callsOf('sendDocument').at(-1)!.payload.document.data as Buffer).toString('utf8');

    it('the rejected-rows file neutralises formulas and is separated by ";" like /export', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Иванова Мария', '=1+0', 'basics', 'belovo-central', '01.11.2026'],
        ['Петров Иван', '@SUM(1)', 'basics', 'belovo-central', '=HYPERLINK("http://evil","click")'],
        ['Орлов Пётр', '+7 923 000-11-22', 'basics', 'belovo-central', '-2+3'],
        ['Сидорова Анна', '+7 923 000-11-23', 'basics', 'belovo-central', '02.11.2026'],
        ['Кузнецов Олег', '+cmd|calc', 'basics', 'belovo-central', '02.11.2026'],
      ], { bom: true });
      await coordinator.text('/import');
      await coordinator.document(file, 'formulas.csv');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toContain('Не подходят: 4');
      const csv = detailsOf(t);
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe('Строка;ФИО;Причина;Значение'); // each line with its name (walk30 W30-02)
      expect(lines).toContain("2;Иванова Мария;не понятен телефон;'=1+0");
      expect(lines).toContain(`3;Петров Иван;"не понятен телефон, не понятна дата записи";'@SUM(1)`); // every problem of the row
      expect(lines).toContain("4;Орлов Пётр;не понятна дата записи;'-2+3");
      expect(lines).toContain("6;Кузнецов Олег;не понятен телефон;'+cmd|calc");
      // No cell of the file begins with a formula character.
      for (const cell of lines.flatMap((line) => line.split(';'))) expect(cell).not.toMatch(/^"?[=+\-@]/);
    });

    it('a different name on the same phone and course is another person sharing the phone (probe s21 L4, walk s21 W21-03); again, nothing is added', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Дублев Дубль', '8 913 200-00-07', 'basics', 'belovo-central', '01.11.2026'],
        ['дублев  Дубль', '+7 913 200 00 07', 'basics', 'belovo-central', '01.11.2026'], // typed twice: a repeat
        ['Дублев Другой', '89132000007', 'basics', 'belovo-central', '01.11.2026'], // a son on his mother's phone
      ]);
      await coordinator.text('/import');
      await coordinator.document(file, 'one-phone.csv');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toContain('Будут добавлены в очередь: 2');
      expect(coordinator.lastText()).toContain('Повторы внутри файла: 1');
      const lines = detailsOf(t).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines).toContain('3;дублев Дубль;повтор строки 2;');
      expect(lines).toContain('4;Дублев Другой;"будет добавлен как другой человек: тот же телефон, что у строки 2";');
      await coordinator.press('✅ Записать 2');
      expect((await CitizenModel.find({}, { name: 1 }).lean()).map((c) => c.name).sort()).toEqual(['Дублев Другой', 'Дублев Дубль']);
      expect(await WaitlistEntryModel.countDocuments({ courseId: 'basics', status: 'waiting' })).toBe(2);

      // The same file again: both are there, nothing is added.
      await coordinator.text('/import');
      await coordinator.document(file, 'one-phone.csv');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toContain('Будут добавлены в очередь: 0\nУже в очереди (тот же телефон и курс): 0\nУже загружены раньше: 2');
      expect(await CitizenModel.countDocuments()).toBe(2);
      expect(await WaitlistEntryModel.countDocuments()).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('names every problem of a row, and an empty cell as missing, not unclear (walk s20 #26)', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Орлов Пётр', '+7 923 000-11-22', 'Вязание крючком', 'belovo-central', ''],
        ['', '+7 923 000-11-23', 'basics', 'belovo-central', '02.11.2026'],
      ]);
      await coordinator.text('/import');
      await coordinator.document(file, 'problems.csv');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.lastText()).toContain('Не подходят: 2');
      expect(coordinator.textsSince(0).join('\n')).toContain('строка 2 (Орлов Пётр) — нет даты записи, неизвестный курс\nстрока 3 — нет ФИО');
      expect(t.errors).toEqual([]);
    });

    it('W34-02: reads dates in words («1 декабря», «1 дек. 2025», «1 декабря 2025 г.»; without a year the latest day gone by) and says which lines\' dates it could not read', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      const row = (name: string, phone: string, date: string) => [name, `+7 923 034-02-${phone}`, 'basics', 'belovo-central', date];
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        row('Декабрёва Первая', '01', '1 декабря'), // 1 December 2026 is to come: 2025
        row('Декабрёва Вторая', '02', '1 дек. 2025'),
        row('Декабрёва Третья', '03', '1 декабря 2025 г.'),
        row('Ноябрёва Первая', '04', '15 ноября'),
        row('Ноябрёва Вторая', '05', '30 Ноября'), // today
        row('Непонятная Первая', '06', 'первое декабря'),
        row('Непонятная Вторая', '07', '1 дикабря'),
        row('Непонятная Третья', '08', 'зимой'),
        row('Непонятная Четвёртая', '09', '31 ноября'),
      ]);
      await coordinator.text('/import');
      await coordinator.document(file, 'даты.csv');
      await coordinator.press(CONSENT_YES);
      const preview = coordinator.lastText();
      expect(preview).toContain('Будут добавлены в очередь: 5');
      // The lines beyond the three named above the preview too.
      expect(preview).toContain('Не понятна дата записи в строках: 7, 8, 9, 10. Пишите дату так: 01.12.2025 или 1 декабря 2025.');
      await coordinator.press('✅ Записать 5');
      const joined = async (name: string) => (await WaitlistEntryModel.findOne({ citizenId: (await CitizenModel.findOne({ name }).lean())!._id }).lean())!.joinedAt;
      // Midnight at Белово (UTC+7).
      expect(await joined('Декабрёва Первая')).toEqual(new Date('2025-11-30T17:00:00Z'));
      expect(await joined('Декабрёва Вторая')).toEqual(new Date('2025-11-30T17:00:00Z'));
      expect(await joined('Декабрёва Третья')).toEqual(new Date('2025-11-30T17:00:00Z'));
      expect(await joined('Ноябрёва Первая')).toEqual(new Date('2026-11-14T17:00:00Z'));
      expect(await joined('Ноябрёва Вторая')).toEqual(new Date('2026-11-29T17:00:00Z'));
      expect(t.errors).toEqual([]);
    });

    // After W34-02: «1 декабря» in a list read on 30 November 2026 is 1 December 2025, and the preview did not say so.
    it('fix35g: the preview says which year a date written without one was read as, by lines; dates with a year say nothing', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      const row = (name: string, phone: string, date: string) => [name, `+7 923 035-07-${phone}`, 'basics', 'belovo-central', date];
      await coordinator.text('/import');
      await coordinator.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        row('Годова Первая', '01', '1 декабря'),
        row('Годова Вторая', '02', '15 ноября'),
        row('Годова Третья', '03', '01.11.2026'),
        row('Годова Четвёртая', '04', '1 дек. 2025'),
        row('Годова Пятая', '05', '20 ноября'),
      ]), 'годы.csv');
      await coordinator.press(CONSENT_YES);
      const preview = coordinator.lastText();
      expect(preview).toContain('Будут добавлены в очередь: 5');
      expect(preview).toContain('\nВ строке 2 дата без года: считаю, что это 2025 год.\nВ строках 3, 6 дата без года: считаю, что это 2026 год.');
      expect(preview.match(/дата без года/g)).toHaveLength(2);

      expect(t.errors).toEqual([]);
    });

    it('names lose bidirectional and zero-width characters (CSV and XLSX), and a name over 100 letters is called too long', async () => {
      const t = setup();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      await coordinator.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['\u202EАнна\u200BZW', '+79991110004', 'basics', 'belovo-central', '01.11.2026'],
        ['Я'.repeat(300), '+79991110005', 'basics', 'belovo-central', '01.11.2026'],
        ['', '+79991110006', 'basics', 'belovo-central', '01.11.2026'],
        ['аннаzw', '+79991110004', 'basics', 'belovo-central', '01.11.2026'], // a repeat: the check file is sent
      ]), 'names.csv');
      await coordinator.press(CONSENT_YES);
      expect(coordinator.textsSince(0).join('\n')).toContain('строка 3 — ФИО длиннее 100 букв\nстрока 4 — нет ФИО');
      expect(detailsOf(t)).toContain('3;;ФИО длиннее 100 букв;');
      await coordinator.press('✅ Записать 1');
      expect((await CitizenModel.findOne({ phone: '+79991110004' }).lean())!.name).toBe('АннаZW');

      const xlsx = await xlsxWithTitle('Список', ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'], [
        ['Пётр\u202ERTL\uFEFF', '+79991110007', 'basics', 'belovo-central', '01.11.2026'],
      ]);
      await coordinator.text('/import');
      await coordinator.document(xlsx, 'names.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await coordinator.press(CONSENT_YES);
      await coordinator.press('✅ Записать 1');
      expect((await CitizenModel.findOne({ phone: '+79991110007' }).lean())!.name).toBe('Пётр RTL');
    });
  });
});
