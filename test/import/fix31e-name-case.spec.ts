import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { utf8Csv } from './files.js';

describe('fix31e-name-case', () => {
  /** fix31e: /import writes names typed in capitals as names (walk30 W30-15, the lower-case half: fix30d.test.ts). */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-30T05:00:00Z');

  describe('/import writes a name typed all in capitals with capitals only where a name has them (walk30 W30-15)', () => {
    it('fix31e W30-15: «СИДОРОВА АННА» → «Сидорова Анна», «МАМЕДОВ АЛИ ОГЛЫ» and «мамедов али оглы» → «Мамедов Али оглы»', async () => {
      const LIB = 93_751;
      await StaffMemberModel.create({ _id: LIB, displayName: 'Галина', centerIds: ['belovo-central'], addedBy: 93_900 });
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '93900' } });
      const galina = t.user({ id: LIB, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/import');
      await galina.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Дата записи'],
        ['СИДОРОВА АННА', '+7 923 009-31-51', 'basics', '01.11.2026'],
        ['МАМЕДОВ АЛИ ОГЛЫ', '+7 923 009-31-52', 'basics', '02.11.2026'],
        ['алиева лейла кызы', '+7 923 009-31-53', 'basics', '03.11.2026'],
        ['ИВАНОВА-ПЕТРОВА М. Н.', '+7 923 009-31-54', 'basics', '04.11.2026'],
        ['КУЗНЕЦОВ Пётр', '+7 923 009-31-55', 'basics', '05.11.2026'],
      ]), 'capitals.csv');
      await galina.press('✓ Да, у всех');
      await galina.press('✅ Записать 5');
      const phones = ['+79230093151', '+79230093152', '+79230093153', '+79230093154', '+79230093155'];
      const names = (await CitizenModel.find({ phone: { $in: phones } }, { name: 1 }).lean()).map((c) => c.name).sort();
      // A name with capitals and small letters is kept as written («КУЗНЕЦОВ Пётр»: the surname in capitals, as forms have it).
      expect(names).toEqual(['Алиева Лейла кызы', 'Иванова-Петрова М. Н.', 'КУЗНЕЦОВ Пётр', 'Мамедов Али оглы', 'Сидорова Анна']);
      expect(t.errors).toEqual([]);
    });
  });
});
