import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { utf8Csv, xlsxWithTitle } from './files.js';

describe('no-phone', () => {
  /** /import of people with no phone (fix28d): an empty phone cell (or a dash) is a person without one. */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 91_900;
  const LIBRARIAN = 91_700;
  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  const FILE = utf8Csv([
    ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
    ['Степанова Клавдия', '', 'basics', 'belovo-central', '01.11.2026'],
    ['Козлова Нина', '—', 'basics', 'belovo-central', '02.11.2026'],
    ['Номерова Ольга', '12-34', 'basics', 'belovo-central', '03.11.2026'],
    ['Телефонов Иван', '+7 923 009-81-01', 'basics', 'belovo-central', '04.11.2026'],
  ]);

  describe('/import of people with no phone', () => {
    it('takes a row with an empty phone, still refuses one that is no phone, counts them; the same file again adds nothing; /add knows them', async () => {
      await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: COORDINATOR });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/import');
      await anna.document(FILE, 'белово.csv');
      const from = anna.messages().length;
      await anna.press('✓ Да, у всех');
      expect(anna.textsSince(from).join('\n')).toContain('строка 4 (Номерова Ольга) — не понятен телефон');
      expect(anna.lastText()).toContain('Будут добавлены в очередь: 3');
      expect(anna.lastText()).toContain('Без телефона: 2 — о месте скажут лично, когда подойдёт очередь.');
      expect(anna.lastText()).toContain('Не подходят: 1');
      await anna.press('✅ Записать 3');
      expect(anna.lastText()).toMatch(/^Готово\. Добавлено в очередь: 3\.[^]*\nБез телефона: 2 — о месте скажут лично/);
      const withoutPhone = await CitizenModel.find({ phone: { $exists: false } }).lean();
      expect(withoutPhone.map((c) => c.phoneKey).sort()).toEqual(['nophone:belovo-central|клавдия степанова', 'nophone:belovo-central|козлова нина']);
      expect(await WaitlistEntryModel.countDocuments({ status: 'waiting', centerId: 'belovo-central' })).toBe(3);

      // The same file again: the rows were imported before.
      await anna.text('/import');
      await anna.document(FILE, 'белово.csv');
      await anna.press('✓ Да, у всех');
      expect(anna.lastText()).toContain('Уже загружены раньше: 3');

      // At the desk, the same name at the same center is the person imported.
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Степанова Клавдия');
      await anna.press('Нет телефона');
      await anna.press('Основы компьютерной грамотности');
      await anna.press('Да, тот же человек'); // a namesake without a phone is asked about (probe29 M1)
      expect(anna.lastText()).toMatch(/^Этот человек уже в очереди на курс «Основы компьютерной грамотности» \(.*\): место 1\./);
      expect(t.errors).toEqual([]);
    });

    it('probe29 M1: a row without a phone with the name of someone at its center is said by line and name before the preview, not merged silently', async () => {
      await StaffMemberModel.create({ _id: LIBRARIAN + 1, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: COORDINATOR });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN + 1, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/import');
      await anna.document(utf8Csv([['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'], ['Степанова Клавдия', '', 'basics', 'belovo-central', '01.11.2026']]), 'первый.csv');
      await anna.press('✓ Да, у всех');
      await anna.press('✅ Записать 1');

      await anna.text('/import');
      await anna.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Степанова Клавдия', '', 'internet', 'belovo-central', '05.11.2026'],
        ['Степанова Клавдия', '', 'basics', 'belovo-central', '05.11.2026'],
        ['Орлова Нина', '', 'basics', 'belovo-central', '06.11.2026'],
        ['Орлова Нина', '', 'internet', 'belovo-central', '06.11.2026'],
      ]), 'второй.csv');
      const from = anna.messages().length;
      await anna.press('✓ Да, у всех');
      expect(anna.textsSince(from)).toContain(
        'Без телефона, с именем человека, который уже есть в этом центре (курс будет у него же):\n' +
          'строка 2 (Степанова Клавдия)\nстрока 3 (Степанова Клавдия)\nстрока 5 (Орлова Нина), как в строке 4\n' +
          'Если это другой человек, запишите его через /add: бот спросит, тот же ли это человек.',
      );
      expect(t.telegram.callsOf('sendDocument').at(-1)!.payload.document.filename).toBe('import-check.csv');
      expect(t.errors).toEqual([]);
    });
  });

  describe('/import of a paper list saying «нет» and Excel\'s day numbers (walk38 L5)', () => {
    it('«нет», «Нет телефона», «отсутствует.» are no phone; 46300 in a General column is 05.10.2026; other words are still refused', async () => {
      await StaffMemberModel.create({ _id: LIBRARIAN + 5, displayName: 'Вера', centerIds: ['belovo-central'], addedBy: COORDINATOR });
      const t = setup();
      const vera = t.user({ id: LIBRARIAN + 5, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/import');
      await vera.document(await xlsxWithTitle('Список ожидания', ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'], [
        ['Нетова Анна', 'нет', 'basics', 'belovo-central', '01.11.2026'],
        ['Нетова Бэла', 'Нет телефона', 'basics', 'belovo-central', '02.11.2026'],
        ['Нетова Вера', 'отсутствует.', 'basics', 'belovo-central', '03.11.2026'],
        ['Числова Галина', '+7 923 009-81-51', 'basics', 'belovo-central', 46300],
        ['Словова Дина', 'спросить у дочери', 'basics', 'belovo-central', '04.11.2026'],
      ]), 'белово.xlsx');
      const from = vera.messages().length;
      await vera.press('✓ Да, у всех');
      const said = vera.textsSince(from).join('\n');
      expect(said).toContain('строка 8 (Словова Дина) — не понятен телефон');
      expect(said).not.toContain('Нетова');
      expect(said).not.toContain('Числова');
      expect(vera.lastText()).toContain('Будут добавлены в очередь: 4');
      expect(vera.lastText()).toContain('Без телефона: 3 — о месте скажут лично, когда подойдёт очередь.');
      await vera.press('✅ Записать 4');
      const galina = await CitizenModel.findOne({ phone: '+79230098151' }).lean();
      const entry = await WaitlistEntryModel.findOne({ citizenId: galina!._id }).lean();
      expect(entry!.joinedAt).toEqual(new Date('2026-10-04T17:00:00Z')); // midnight of 5 October in Кемерово
      expect(await CitizenModel.countDocuments({ phone: { $exists: false }, phoneKey: /нетова/ })).toBe(3);
      expect(t.errors).toEqual([]);
    });
  });

  describe('/import result words (walk29 W29-19)', () => {
    it('a repeat inside the file is «Повторы в файле», not «Уже были»; one person without a phone; no check file when nothing is refused', async () => {
      await StaffMemberModel.create({ _id: LIBRARIAN + 3, displayName: 'Марина', centerIds: ['belovo-central'], addedBy: COORDINATOR });
      const t = setup();
      const marina = t.user({ id: LIBRARIAN + 3, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/import');
      await marina.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Повторова Анна', '+7 923 009-81-31', 'basics', 'belovo-central', '01.11.2026'],
        ['Повторова Анна', '+7 923 009-81-31', 'basics', 'belovo-central', '01.11.2026'],
        ['Беструбкина Зоя', '', 'basics', 'belovo-central', '02.11.2026'],
      ]), 'повторы.csv');
      await marina.press('✓ Да, у всех');
      expect(marina.lastText()).toContain('Повторы внутри файла: 1');
      expect(marina.lastText()).toContain('Без телефона: 1 — о месте скажут лично, когда подойдёт очередь.');
      await marina.press('✅ Записать 2');
      expect(marina.lastText()).toMatch(/^Готово\. Добавлено в очередь: 2\. Уже были: 0\. Не подошли: 0\.[^]*\nПовторы в файле: 1\./);
      expect(marina.lastText()).not.toContain('им скажут');
      expect(t.telegram.callsOf('sendDocument')).toHaveLength(0);
      expect(t.errors).toEqual([]);
    });
  });
});
