import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { utf8Csv } from './files.js';

describe('fix30d', () => {
  /** fix30d: /import and namesakes (walk30 W30-01, W30-02, W30-15; probe30 L2). */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 93_900;
  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const CONSENT_YES = '✓ Да, у всех';

  const librarianAt = (id: number, centerIds: string[]) => StaffMemberModel.create({ _id: id, displayName: 'Галина', centerIds, addedBy: COORDINATOR });

  describe('/import writes a name typed in lower case with capitals (walk30 W30-15)', () => {
    it('«сидорова анна» is saved and named as «Сидорова Анна»; a name with capitals stays as written', async () => {
      const LIB = 93_701;
      await librarianAt(LIB, ['belovo-central']);
      const t = setup();
      const galina = t.user({ id: LIB, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/import');
      await galina.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Дата записи'],
        ['сидорова анна', '+7 923 009-30-01', 'basics', '01.11.2026'],
        ['мамина-сибирякова ольга', '+7 923 009-30-02', 'basics', '02.11.2026'],
        ['Анна ван дер Берг', '+7 923 009-30-03', 'basics', '03.11.2026'],
        ['кузнецов пётр', '12-34', 'basics', '04.11.2026'],
      ]), 'lower.csv');
      const from = galina.messages().length;
      await galina.press(CONSENT_YES);
      expect(galina.textsSince(from).join('\n')).toContain('строка 5 (Кузнецов Пётр) — не понятен телефон');
      await galina.press('✅ Записать 3');
      const names = (await CitizenModel.find({ phone: { $in: ['+79230093001', '+79230093002', '+79230093003'] } }, { name: 1 }).lean()).map((c) => c.name).sort();
      expect(names).toEqual(['Анна ван дер Берг', 'Мамина-Сибирякова Ольга', 'Сидорова Анна']);
      expect(t.errors).toEqual([]);
    });
  });

  describe('/import asks about a course or center name it does not know at all (walk30 W30-01)', () => {
    it('«компьютер для начинающих»: which course is it, from the list; its unreadable rows no longer say «неизвестный курс»', async () => {
      const LIB = 93_702;
      await librarianAt(LIB, ['belovo-central']);
      const t = setup();
      const galina = t.user({ id: LIB, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/import');
      await galina.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Дата записи'],
        ['Иванова Тамара Николаевна', '+7 923 009-31-01', 'компьютер для начинающих', '01.11.2026'],
        ['Иванова Тамара Николаевна', '+7 923 009-31-01', 'Основы', '01.11.2026'],
        ['Орлова Вера', '+7 923 009-31-03', 'компьютер для начинающих', ''],
        ['Петрова Зоя', '+7 923 009-31-04', 'компьютер для начинающих', '03.11.2026'],
      ]), 'topki.csv');
      await galina.press(CONSENT_YES);
      expect(galina.lastText()).toBe('Курс «компьютер для начинающих» — какой это курс? Это 2 строки.');
      expect(galina.buttonLabels()).toContain('Интернет и электронная почта');
      expect(galina.buttonLabels()).toContain('❌ Нет, пропустить эти строки');
      await galina.press('Интернет и электронная почта');
      expect(galina.lastText()).toMatch(/^Курс «Основы» — это «Основы компьютерной грамотности»\?/);
      const from = galina.messages().length;
      await galina.press('✅ Да, для этой строки');
      const said = galina.textsSince(from).join('\n');
      expect(said).toContain('строка 4 (Орлова Вера) — нет даты записи\n');
      expect(said).not.toContain('неизвестный курс');
      expect(galina.lastText()).toContain('Будут добавлены в очередь: 3');
      await galina.press('✅ Записать 3');
      const tamara = await CitizenModel.findOne({ phone: '+79230093101' }).lean();
      expect((await WaitlistEntryModel.find({ citizenId: tamara!._id }).lean()).map((e) => e.courseId).sort()).toEqual(['basics', 'internet']);
      expect(t.errors).toEqual([]);
    });

    it('skipped, the rows are refused as an unknown course; a coordinator is asked about an unknown center, from the list', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/import');
      await olga.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Сомова Нина', '+7 923 009-32-01', 'вязание', 'belovo-central', '01.11.2026'],
        ['Лебедев Илья', '+7 923 009-32-02', 'basics', 'читальня на Весенней', '02.11.2026'],
      ]), 'olga.csv');
      await olga.press(CONSENT_YES);
      expect(olga.lastText()).toBe('Курс «вязание» — какой это курс? Это 1 строка.');
      await olga.press('❌ Нет, пропустить эту строку');
      expect(olga.lastText()).toBe('Центр «читальня на Весенней» — какой это центр? Это 1 строка.');
      await olga.press('Назад');
      expect(olga.lastText()).toMatch(/^Курс «вязание» — какой это курс\?/);
      await olga.press('❌ Нет, пропустить эту строку');
      const from = olga.messages().length;
      await olga.press(olga.buttonLabels().find((l) => /Белово/.test(l))!);
      expect(olga.textsSince(from).join('\n')).toContain('строка 2 (Сомова Нина) — неизвестный курс');
      await olga.press('✅ Записать 1');
      const ilya = await CitizenModel.findOne({ phone: '+79230093202' }).lean();
      expect(await WaitlistEntryModel.findOne({ citizenId: ilya!._id }).lean()).toMatchObject({ centerId: 'belovo-central', courseId: 'basics' });
      expect(t.errors).toEqual([]);
    });
  });


  describe('/import check file, phone cells and first message (walk30 W30-02)', () => {
    it('a librarian of one center is not asked for a «центр» column; a cell with a mobile and a home number takes the mobile and says so; the check file names each line', async () => {
      const LIB = 93_703;
      await librarianAt(LIB, ['belovo-central']);
      const t = setup();
      const galina = t.user({ id: LIB, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/import');
      expect(galina.lastText()).toContain('Нужны столбцы: ФИО, телефон, курс, дата записи. Все строки запишутся в ваш центр.');
      await galina.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Дата записи'],
        ['Зуева Лидия', '8-923-600-11-08, 2-33-44 (дом)', 'basics', '01.11.2026'],
        ['Котова Раиса', '2-33-45 (дом), 8 913 600-11-09 сын', 'basics', '02.11.2026'],
        ['Носова Ирина', '2-33-46 (дом)', 'basics', '31.11.2026'],
        ['Гусева Нина', '2-33-47', 'basics', '03.11.2026'],
        ['Лосева Ия', '2-33-48', 'basics', '03.11.2026'],
        ['Белова Ада', '+7 923 600-11-10', 'basics', '03.11.2026'],
        ['Рыбина Ада', '2-33-49', 'basics', '03.11.2026'],
      ], { delimiter: ';' }), 'topki.csv');
      const from = galina.messages().length;
      await galina.press(CONSENT_YES);
      const said = galina.textsSince(from).join('\n');
      expect(said).toContain('В ячейке телефона несколько номеров, взят первый мобильный:\nстрока 2 (Зуева Лидия): +7 923 600-11-08 (в ячейке: «8-923-600-11-08, 2-33-44 (дом)»)\nстрока 3 (Котова Раиса): +7 913 600-11-09');
      expect(said).toContain('строка 4 (Носова Ирина) — не понятен телефон, не понятна дата записи');
      expect(galina.lastText()).toContain('Будут добавлены в очередь: 3');
      const lines = (t.telegram.callsOf('sendDocument').at(-1)!.payload.document.data as Buffer).toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe('Строка;ФИО;Причина;Значение');
      expect(lines).toContain('4;Носова Ирина;"не понятен телефон, не понятна дата записи";2-33-46 (дом)');
      expect(lines).toContain('5;Гусева Нина;не понятен телефон;2-33-47');
      expect(lines).toContain('2;Зуева Лидия;взят первый мобильный номер: +7 923 600-11-08;"8-923-600-11-08, 2-33-44 (дом)"');
      await galina.press('✅ Записать 3');
      expect((await CitizenModel.findOne({ name: 'Зуева Лидия' }).lean())?.phone).toBe('+79236001108');
      expect(t.errors).toEqual([]);
    });

    it('a coordinator is still asked for the «центр» column', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/import');
      expect(olga.lastText()).toContain('Нужны столбцы: ФИО, телефон, курс, центр, дата записи.');
    });
  });

  describe('/import: a row without a phone with the name of someone at its center who has a phone (probe30 L2)', () => {
    it('the note names them with their phone and the course goes on their card; already on that course, nothing is added; two of them, the row is its own', async () => {
      const LIB = 93_704;
      await librarianAt(LIB, ['kemerovo-regional']);
      const t = setup();
      const lib = t.user({ id: LIB, first_name: 'Фёдорова', language_code: 'ru' });
      // At the desk: Смирнов Олег with a phone (Госуслуги); two Кузьмина Зоя with two phones.
      const add = async (name: string, phone: string, course: string) => {
        await lib.text('/add');
        await lib.press('✓ Да, бланк подписан');
        await lib.text(name);
        await lib.text(phone);
        await lib.press(course);
        await lib.press('Не важно');
        await lib.press('✓ Записать в очередь');
      };
      await add('Смирнов Олег', '8 913 000-40-01', 'Госуслуги онлайн');
      await add('Кузьмина Зоя', '8 913 000-40-03', 'Госуслуги онлайн');
      await add('Кузьмина Зоя', '8 913 000-40-04', 'Госуслуги онлайн');
      await lib.text('/import');
      await lib.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Дата записи'],
        ['Смирнов Олег', '', 'Безопасный интернет', '01.11.2026'],
        ['олег смирнов', '', 'Госуслуги онлайн', '01.11.2026'],
        ['Кузьмина Зоя', '', 'Основы компьютерной грамотности', '02.11.2026'],
      ]), 'list30.csv');
      const from = lib.messages().length;
      await lib.press(CONSENT_YES);
      const said = lib.textsSince(from).join('\n');
      expect(said).toContain('строка 2 (Смирнов Олег) — как Смирнов Олег, +7 913 000-40-01');
      expect(said).toContain('строка 4 (Кузьмина Зоя) — в центре несколько человек с таким именем: Кузьмина Зоя, +7 913 000-40-03; Кузьмина Зоя, +7 913 000-40-04; будет записан отдельно, без телефона');
      expect(lib.lastText()).toContain('Будут добавлены в очередь: 2');
      expect(lib.lastText()).toContain('Без телефона: 1');
      expect(lib.lastText()).toContain('Уже в очереди (тот же телефон и курс): 1'); // line 3: Олег is on Госуслуги already
      await lib.press('✅ Записать 2');
      expect(await CitizenModel.countDocuments({ name: /Смирнов/i })).toBe(1);
      const oleg = await CitizenModel.findOne({ phone: '+79130004001' }).lean();
      expect((await WaitlistEntryModel.find({ citizenId: oleg!._id }).lean()).map((e) => e.courseId).sort()).toEqual(['gosuslugi', 'safe-internet']);
      expect(await CitizenModel.countDocuments({ name: 'Кузьмина Зоя' })).toBe(3);
      expect(t.errors).toEqual([]);
    });
  });
});
