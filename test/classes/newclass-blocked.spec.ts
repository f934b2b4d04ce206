import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('newclass-blocked', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z');

  /**
   * walk30 W30-15: a group opened while the only person waiting had blocked the bot (no phone): «Предложено мест людям
   * из очереди: 0», and nothing said why. Now /newclass says that one person in line could not be offered the seat.
   */
  describe('/newclass with someone in line who blocked the bot (walk30 W30-15)', () => {
    it('fix30j: says that a person in line blocked the bot and left no phone, so was not offered a seat', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(5396, { centerId: 'mezhdurechensk-central', courseId: 'job-search' });
      await CitizenModel.updateOne({ _id: 5396 }, { $set: { reachable: false }, $unset: { phone: 1 } });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/newclass');
      await maria.press(/^Поиск работы/);
      await maria.press(/^Междуреченск/);
      await maria.text('3.12');
      await maria.press('📅 По дням недели');
      await maria.press('✓ Готово');
      await maria.text('10:00');
      await maria.text('2');
      await maria.press('90');
      await maria.text('Зал 4');
      await maria.text('6');
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toBe(
        'Группа создана. Предложено мест людям из очереди: 0.\n' +
          '1 человек в очереди заблокировал бота и не оставил телефона: место ему не предложено. Предложим, когда он снова откроет бота.',
      );
      expect(await WaitlistEntryModel.findOne({ citizenId: 5396 }).lean()).toMatchObject({ status: 'waiting' });
      expect(t.errors).toEqual([]);
    });
  });
});
