import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { CONSENT_VERSION } from '../../src/domain/consent.js';
import { createTestBot } from '../helpers/test-bot.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('join-waitlist', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await WaitlistEntryModel.deleteMany({}); // each test sets up the line it needs
  });

  describe('join the waiting list', () => {
    it('walks a citizen from /start to a place in line, with buttons alone', async () => {
      const t = createTestBot();
      const ivan = t.user({ id: 1001, first_name: 'Иван', last_name: 'Петров', language_code: 'ru' });
      await ivan.text('/start');
      expect(ivan.textsSince(0)[0]).toContain('Здравствуйте, Иван!');
      expect(ivan.replyKeyboard()).toEqual(['📝 Записаться на курс', '🔢 Моё место в очереди', '📍 Центры рядом', '❓ Помощь']);
      // The welcome carries the other language, one tap away (and the library's paper list); the menu comes with the next message.
      expect(ivan.buttonLabels(ivan.messages()[0])).toEqual(['🇬🇧 English', '📋 Меня уже записали в библиотеке']);

      await joinWaitlist(ivan, { center: /Фёдорова/, to: 'time' });
      // Consent comes before anything personal is asked.
      expect(ivan.lastText()).toContain('редакция от 30 ноября 2026 года:');
      expect(ivan.lastText()).not.toContain('Иван');
      expect(await CitizenModel.countDocuments({ _id: 1001 })).toBe(0); // nothing personal before consent
      await ivan.press('✓ Даю согласие');
      expect(ivan.replyButtons()[0]).toMatchObject({ request_contact: true });
      await ivan.contact('8 (900) 123-45-67');
      expect(ivan.lastText()).toContain('Телефон: +7 900 123-45-67');
      expect(ivan.lastText()).toContain('Имя: Иван Петров'); // the Telegram name, confirmed on the summary
      await ivan.press('✓ Всё верно, записаться');
      expect(ivan.lastText()).toContain('Ваше место в очереди: 1.');

      const citizen = await CitizenModel.findById(1001).lean();
      expect(citizen).toMatchObject({ name: 'Иван Петров', phone: '+79001234567', consent: { version: CONSENT_VERSION } });
      expect(citizen?.consent?.givenAt).toEqual(t.clock.now());
      const entries = await WaitlistEntryModel.find({ citizenId: 1001 }).lean();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'morning', status: 'waiting' });
    });

    it('gives the second citizen at the same center place 2', async () => {
      const t = createTestBot();
      await addToWaitlist(1003, { courseId: 'basics', centerId: 'kemerovo-regional' }); // someone already waiting there
      const olga = t.user({ id: 1002, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/start');
      await joinWaitlist(olga, { center: /Фёдорова/, to: 'phone' });
      expect(olga.lastText()).toContain('Телефон: не указан');
      await joinWaitlist(olga, { from: 'confirm' });
      expect(olga.lastText()).toContain('Ваше место в очереди: 2.');
    });
  });
});
