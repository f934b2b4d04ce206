import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-center-hidden', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  const COORDINATOR = 18_499;

  describe('a center hidden while a citizen joins there (probe s18 F3)', () => {
    it('is named on the summary; on confirm another center is asked for and every other answer is kept', async () => {
      const user = t.user({ id: 18_401, first_name: 'Анна', language_code: 'ru' });
      await user.text('/start');
      await joinWaitlist(user, { course: 'Госуслуги онлайн', town: 'Таштагол', time: 'Вечером', to: 'name' });
      expect(await setCenterActive(COORDINATOR, 'tashtagol-central', false, t.clock.now())).not.toBe(false);
      await user.contact('+79001234567');
      expect(user.lastText()).toContain('Центр: Центральная районная библиотека, Таштагол, улица Ленина, 60');

      await user.press('✓ Всё верно, записаться');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: user.id })).toBe(0);
      const texts = user.messages().slice(-2).map((m) => m.text);
      expect(texts[0]).toBe('Этот центр только что перестал принимать записи: Центральная районная библиотека, Таштагол. Записать вас туда не получилось. Выберите другой центр, остальные ответы сохранены.');
      expect(user.buttonLabels()).toContain('Юрга');
      expect(user.buttonLabels()).not.toContain('Таштагол');
      await user.press('Юрга');
      expect(user.lastText()).toContain('Центр: Центральная городская библиотека, Юрга, улица Московская, 30');
      expect(user.lastText()).toContain('Время: Вечером');
      expect(user.lastText()).toContain('Телефон: +7 900 123-45-67');
      await user.press('✓ Всё верно, записаться');
      expect(user.lastText()).toContain('Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.findOne({ citizenId: user.id }).lean()).toMatchObject({ centerId: 'yurga-central', timeOfDay: 'evening' });
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ phone: '+79001234567' });
    });
  });
});
