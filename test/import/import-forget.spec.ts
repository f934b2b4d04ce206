import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { utf8Csv } from './files.js';

describe('import-forget', () => {
  /** Task29 fixC: what /import leaves on screen and in the database names or leads back to a person after /forget. */
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 92_900;
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const REMOVED = 'Сообщение удалено: человек попросил удалить свои данные.';
  /** The same after /forgetperson: the person did not ask (probe31 L3). */
  const DELETED = 'Сообщение удалено: данные человека удалены.';

  describe('/import after /forget (task29 fixC)', () => {
    it('the "place moves" message naming her is removed by her /forget; an imported person forgotten keeps no import line', async () => {
      const LIB = 92_701;
      await StaffMemberModel.create({ _id: LIB, displayName: 'Анна', centerIds: ['kemerovo-gogol'], addedBy: COORDINATOR });
      await addToWaitlist(92_002, { centerId: 'kemerovo-gogol', courseId: 'basics', name: 'Жителева Вторая', phone: '+79130092002', at: new Date('2026-11-30T03:00:00Z') });
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Вторая Жителева', '+7 913 009-20-02', 'Основы компьютерной грамотности', 'kemerovo-gogol', '01.11.2026'],
        ['Бумажная Ольга', '+7 913 009-20-03', 'Основы компьютерной грамотности', 'kemerovo-gogol', '02.11.2026'],
      ]);
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const anna = t.user({ id: LIB, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/import');
      await anna.document(file, 'list.csv');
      await anna.press('✓ Да, у всех');
      const moved = anna.messages().find((m) => m.text?.startsWith('Место в очереди передвинется'))!;
      expect(moved.text).toContain('Вторая Жителева');
      await anna.press('✅ Записать 1');

      // Her own /forget: the message naming her is removed.
      const her = t.user({ id: 92_002, first_name: 'Вторая', language_code: 'ru' });
      await her.text('/forget');
      await her.press('Да, удалить');
      await deliverAll(t);
      expect(anna.messages().find((m) => m.message_id === moved.message_id)!.text).toBe(REMOVED);
      expect(anna.messages().filter((m) => /Жителева/.test(m.text ?? ''))).toEqual([]);

      // Someone the import added, forgotten at the desk: the anonymous entry no longer says which import and line.
      const olga = (await CitizenModel.findOne({ name: 'Бумажная Ольга' }).lean())!;
      expect((await WaitlistEntryModel.findOne({ citizenId: olga._id }).lean())!.imported?.line).toBe(3);
      const entryId = (await WaitlistEntryModel.findOne({ citizenId: olga._id }).lean())!._id;
      await anna.text('/forgetperson');
      await anna.text('+79130092003');
      await anna.press('🗑 Да, удалить');
      const entry = (await WaitlistEntryModel.findById(entryId).lean())!;
      expect(entry.citizenId).toBeUndefined();
      expect(entry.imported).toBeUndefined();
      expect(t.errors).toEqual([]);
    });

    it('fix30c: the note naming two rows of one name without a phone is removed by that person\'s /forget, after Confirm', async () => {
      const LIB = 92_702;
      await StaffMemberModel.create({ _id: LIB, displayName: 'Вера', centerIds: ['kemerovo-gogol'], addedBy: COORDINATOR });
      const file = utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Дубова Зинаида', '', 'Основы компьютерной грамотности', 'kemerovo-gogol', '03.11.2026'],
        ['Дубова Зинаида', '', 'Интернет и электронная почта', 'kemerovo-gogol', '03.11.2026'],
      ]);
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const vera = t.user({ id: LIB, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/import');
      await vera.document(file, 'list.csv');
      await vera.press('✓ Да, у всех');
      const note = vera.messages().find((m) => m.text?.startsWith('Без телефона, с именем человека'))!;
      expect(note.text).toContain('строка 3 (Дубова Зинаида), как в строке 2');
      await vera.press('✅ Записать 2');
      expect(await CitizenModel.countDocuments({ name: 'Дубова Зинаида' })).toBe(1);

      await vera.text('/forgetperson');
      await vera.text('Дубова Зинаида');
      await vera.press('🗑 Да, удалить');
      await deliverAll(t);
      expect(vera.messages().find((m) => m.message_id === note.message_id)!.text).toBe(DELETED);
      expect(vera.messages().filter((m) => /Дубова/.test(m.text ?? ''))).toEqual([]);

      // Someone registered before, named by a preview left without Confirm: her /forget removes the note too.
      await registerWithoutTelegram([{ name: 'Клёнова Анна', courseId: 'basics', centerId: 'kemerovo-gogol', timeOfDay: 'any', joinedAt: NOW }], { actorId: LIB, now: NOW });
      await vera.text('/import');
      await vera.document(utf8Csv([['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'], ['Клёнова Анна', '', 'Интернет и электронная почта', 'kemerovo-gogol', '04.11.2026']]), 'second.csv');
      await vera.press('✓ Да, у всех');
      const known = vera.messages().find((m) => m.text?.startsWith('Без телефона, с именем человека') && m.text.includes('Клёнова'))!;
      await vera.text('/cancel');
      await vera.text('/forgetperson');
      await vera.text('Клёнова Анна');
      await vera.press('🗑 Да, удалить');
      await deliverAll(t);
      expect(vera.messages().find((m) => m.message_id === known.message_id)!.text).toBe(DELETED);
      expect(t.errors).toEqual([]);
    });
  });
});
