import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('join-taps', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  /** A person's taps, counted: every button pressed, inline or at the bottom of the screen. */
  function counting(user: TestUser) {
    let taps = 0;
    return {
      press: async (label: string | RegExp) => void (taps++, await user.press(label)),
      tap: async (label: string | RegExp) => void (taps++, await user.tap(label)),
      get taps() {
        return taps;
      },
    };
  }

  describe('the common way into the waiting list', () => {
    it.each([
      ['ru', 'Нина', ['📝 Записаться на курс', 'Основы компьютерной грамотности', 'Кемерово', /Фёдорова/, 'Утром', '✓ Даю согласие', 'Пропустить', '✓ Всё верно, записаться'], 'Ваше место в очереди: 1.'],
      ['en', 'Nina', ['📝 Join a course', 'Basic computer literacy', 'Kemerovo', /Fedorov/, 'Morning', '✓ I agree', 'Skip', '✓ All correct, sign me up'], 'Your place in line: 1.'],
    ])('takes at most 8 taps from /start to a saved place (%s)', async (language, name, buttons, done) => {
      await WaitlistEntryModel.deleteMany({});
      const t = createTestBot();
      const user = t.user({ id: language === 'ru' ? 3101 : 3102, first_name: name, language_code: language });
      const person = counting(user);
      await user.text('/start'); // the Start button Telegram shows; then only taps
      for (const label of buttons) {
        // A label on the reply keyboard is tapped there; any other is an inline button under the newest question.
        if (typeof label === 'string' && user.replyKeyboard().includes(label)) await person.tap(label);
        else await person.press(label);
      }
      expect(user.lastText()).toContain(done);
      expect(person.taps).toBeLessThanOrEqual(8);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: user.id, status: 'waiting' })).toBe(1);
      expect(t.errors).toEqual([]);
    });
  });
});
