import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { nameProblem, withoutDecorations } from '../../src/domain/person-names.js';
import { utf8Csv } from '../import/files.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('name-rules', () => {
  /**
   * The one name rule (probe s28 L1): a name carrying the bot's marks (✅ ▫️ ☐ ✓), markup or a formula's first sign
   * is refused wherever a name comes in — typed at the join, a Telegram name (not taken: the name is asked), /add,
   * /import (the row does not fit, with its reason). Each test has its own people.
   */
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 92_800;
  const FORGED = 'Анна\nВторая строка\n✅ Записать всех';
  let done: () => Promise<void>;

  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  describe('the name rule (probe s28 L1)', () => {
    it('refuses marks, markup and formulas, keeps ordinary names', () => {
      for (const bad of [FORGED, '▫️ Анна', 'Анна ☐', 'Пётр ✓', 'Олег ✔', 'Вера ☑', '=HYPERLINK("http://evil.example";"Звонок") Петрова',
        '<a href="tg://user?id=9001">Ссылкина Анна</a>', '@Собакина Мария', '+Мария', '-2+3 Иван', '*_[ссылка](tg://user?id=9001)_* `код`', 'Маша 🌸']) {
        expect([bad, nameProblem(bad)]).toEqual([bad, 'marks']);
      }
      for (const good of ['Анна Петрова', 'Иванова А. П.', 'Салтыков-Щедрин Михаил', "O'Brien Anna", 'Пётр I', 'Борис Петров 2-й', 'Анна (мама Ивана)']) {
        expect([good, nameProblem(good)]).toEqual([good, undefined]);
      }
      expect(nameProblem('Борис +7 900 000-00-00')).toBe('phone');
      expect(nameProblem('🌷')).toBe('letters');
    });

    it('a citizen: a Telegram name with marks is not taken (the name is asked), a typed one with marks is refused plainly', async () => {
      const t = setup();
      const anna = t.user({ id: 92_801, first_name: 'Анна', last_name: 'Вторая строка ✅ Записать всех', language_code: 'ru' });
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      await anna.press('Безопасный интернет');
      await anna.press('Юрга');
      await anna.press('Не важно');
      await anna.press('✓ Даю согласие');
      expect(anna.lastText()).toContain('Шаг 5 из 6. Как к вам обращаться?');
      await anna.text(FORGED);
      expect(anna.lastText()).toBe('В имени не нужны значки, отметки и знаки вроде = < > @. Напишите, пожалуйста, только имя буквами, например Анна Петрова. Или нажмите «Отмена».');
      await anna.text('=HYPERLINK("http://evil.example";"Звонок") Петрова');
      expect(anna.lastText()).toMatch(/^В имени не нужны значки/);
      await anna.text('Анна Вторая');
      expect(anna.lastText()).toContain('Шаг 6 из 6');
      await anna.text('8 913 555 28 01');
      expect(anna.lastText()).toContain('Имя: Анна Вторая');
      await anna.press('✓ Всё верно, записаться');
      expect((await CitizenModel.findById(92_801).lean())?.name).toBe('Анна Вторая');
      expect(t.errors).toEqual([]);
    });

    it('a Telegram name with decorations (🌸, ⭐) is taken without them; one with the bot\'s marks is not', async () => {
      expect(withoutDecorations('Маша 🌸 Лебедева ⭐️')).toBe('Маша Лебедева');
      expect(withoutDecorations('Анна ✅ Записать всех')).toBe('Анна ✅ Записать всех');
      const t = setup();
      const masha = t.user({ id: 92_802, first_name: 'Маша 🌸', last_name: 'Лебедева ⭐️', language_code: 'ru' });
      await masha.text('/start');
      await masha.tap('📝 Записаться на курс');
      await masha.press('Безопасный интернет');
      await masha.press('Юрга');
      await masha.press('Не важно');
      await masha.press('✓ Даю согласие');
      expect(masha.lastText()).not.toContain('Как к вам обращаться?');
      await masha.text('8 913 555 28 02');
      expect(masha.lastText()).toContain('Имя: Маша Лебедева');
      await masha.press('✓ Всё верно, записаться');
      expect((await CitizenModel.findById(92_802).lean())?.name).toBe('Маша Лебедева');
      expect(t.errors).toEqual([]);
    });

    it('/add refuses a name with a formula or a mark and says what to type', async () => {
      const LIB = 92_810;
      await StaffMemberModel.create({ _id: LIB, displayName: 'Библиотекарь 92810', centerIds: ['belovo-central'], addedBy: COORDINATOR });
      const t = setup();
      const lib = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await lib.text('/add');
      await lib.press('✓ Да, бланк подписан');
      await lib.text('=HYPERLINK("http://evil.example";"Звонок") Петрова');
      expect(lib.lastText()).toBe('В имени не нужны значки, отметки и знаки вроде = < > @: в списках их примут за отметки бота. Напишите только имя буквами, например Петрова Анна.');
      await lib.text('▫️ Петрова');
      expect(lib.lastText()).toMatch(/^В имени не нужны значки/);
      await lib.text('Петрова Зоя');
      expect(lib.lastText()).toMatch(/^Напишите телефон человека/);
      expect(t.errors).toEqual([]);
    });

    it('/import: a row whose name carries markup, a formula, a mark or a phone does not fit, with its reason', async () => {
      const LIB = 92_820;
      await StaffMemberModel.create({ _id: LIB, displayName: 'Библиотекарь 92820', centerIds: ['kiselyovsk-central'], addedBy: COORDINATOR });
      const rows = [
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Чистая Анна', '+7 913 009-28-01', 'basics', 'kiselyovsk-central', '01.11.2026'],
        ['<a href="tg://user?id=9001">Ссылкина Анна</a>', '+7 913 009-28-02', 'basics', 'kiselyovsk-central', '01.11.2026'],
        ['@Собакина Мария', '+7 913 009-28-03', 'basics', 'kiselyovsk-central', '01.11.2026'],
        ['=HYPERLINK("http://evil.example","Строка")', '+7 913 009-28-04', 'basics', 'kiselyovsk-central', '01.11.2026'],
        ['☐ Отмеченная Вера', '+7 913 009-28-05', 'basics', 'kiselyovsk-central', '01.11.2026'],
        ['Телефонова 8 913 009 28 06', '+7 913 009-28-06', 'basics', 'kiselyovsk-central', '01.11.2026'],
      ];
      const t = setup();
      const lib = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await lib.text('/import');
      await lib.document(utf8Csv(rows, { delimiter: ';' }), 'names.csv');
      const from = lib.messages().length;
      await lib.press('✓ Да, у всех');
      const said = lib.textsSince(from).join('\n');
      const checkFile = (t.telegram.callsOf('sendDocument').at(-1)!.payload.document.data as Buffer).toString('utf8');
      expect(said).toContain('строка 3 — в имени значки или знаки, нужны только буквы');
      expect(said).toContain('строка 4 — в имени значки или знаки, нужны только буквы');
      expect(said).toContain('строка 5 — в имени значки или знаки, нужны только буквы');
      expect(checkFile).toContain('6;;"в имени значки или знаки, нужны только буквы";☐ Отмеченная Вера');
      expect(checkFile).toContain("4;;\"в имени значки или знаки, нужны только буквы\";'@Собакина Мария");
      expect(checkFile).toContain('7;;в имени номер телефона;Телефонова 8 913 009 28 06');
      expect(lib.lastText()).toContain('Будут добавлены в очередь: 1');
      expect(lib.lastText()).toContain('Не подходят: 5');
      expect(t.errors).toEqual([]);
    });
  });
});
