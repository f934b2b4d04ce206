import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { utf8Csv } from './files.js';

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
