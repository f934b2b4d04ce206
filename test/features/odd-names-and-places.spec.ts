import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('odd-names-and-places', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('a Telegram name with no letters (probe s21 L1)', () => {
    it('is greeted plainly "Здравствуйте!", not "Здравствуйте,    !"', async () => {
      for (const [id, name] of [[21_501, '   '], [21_502, '\u200B\u200B'], [21_503, '\u3164']] as const) {
        const user = t.user({ id, first_name: name, language_code: 'ru' });
        await user.text('/start');
        expect(user.messages().find((m) => m.text?.startsWith('Здравствуйте'))?.text).toMatch(/^Здравствуйте!\nЭто бот/);
      }
      const anna = t.user({ id: 21_504, first_name: ' Анна ', language_code: 'ru' });
      await anna.text('/start');
      expect(anna.messages().find((m) => m.text?.startsWith('Здравствуйте'))?.text).toMatch(/^Здравствуйте, Анна!\n/);
      const blank = t.user({ id: 21_505, first_name: ' ', language_code: 'en' });
      await blank.text('/start');
      expect(blank.messages().find((m) => m.text?.startsWith('Hello'))?.text).toMatch(/^Hello!\nThis is/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a shared location far from every center (probe s21 L7)', () => {
    const FAR = 'Похоже, вы не в Кузбассе: до ближайшего центра больше 300 километров. Выберите город.';

    it('"Centers near me": says so and asks the town again, no distances in thousands of km', async () => {
      const user = t.user({ id: 21_510, first_name: 'Олег', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📍 Центры рядом');
      await user.press('📍 Ближайшие ко мне');
      const from = user.messages().length;
      await user.location(0, 0);
      const texts = user.textsSince(from);
      expect(texts[0]).toBe(FAR);
      expect(texts.at(-1)).toMatch(/^Где искать центры\?/);
      expect(texts.join('\n')).not.toMatch(/км/);
      await user.press('Юрга');
      expect(user.lastText()).toMatch(/Центральная городская библиотека/);
      // Inside Kuzbass, as before.
      await user.tap('📍 Центры рядом');
      await user.press('📍 Ближайшие ко мне');
      await user.location(55.3547, 86.0865);
      expect(user.lastText()).toMatch(/км/);
      expect(t.errors).toEqual([]);
    });

    it('the join: the town question comes again below the note, and the join goes on', async () => {
      const user = t.user({ id: 21_511, first_name: 'Ольга', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      await user.press('Основы компьютерной грамотности');
      await user.press('📍 Ближайший ко мне');
      const from = user.messages().length;
      await user.location(0, 0);
      const texts = user.textsSince(from);
      expect(texts[0]).toBe(FAR);
      expect(texts.at(-1)).toMatch(/^Шаг 2 из 5\./);
      await user.press('Юрга');
      expect(user.lastText()).toMatch(/Шаг 3 из 5\./);
      expect(t.errors).toEqual([]);
    });
  });
});
