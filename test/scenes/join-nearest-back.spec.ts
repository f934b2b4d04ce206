import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConversationStateModel } from '../../src/db/models/kv-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-nearest-back', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('the nearest centers after Back (walk s18 item 3)', () => {
    it('are listed again with the same distances in the same order, and the distances are still not stored', async () => {
      const user = t.user({ id: 18_301, first_name: 'Анна', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      await user.press('Основы компьютерной грамотности');
      await user.press('📍 Ближайший ко мне');
      // The step is counted on every screen of it (walk s20 #4).
      expect(user.lastText()).toBe('Шаг 2 из 5. Нажмите кнопку «Отправить моё местоположение» внизу экрана.');
      await user.location(55.354712, 86.086543); // next to the regional library in Kemerovo; the stored point is 55.4, 86.1
      expect(user.lastText()).toBe('Шаг 2 из 5. Ближайшие центры. Выберите один:');
      const first = user.buttonLabels();
      expect(first[0]).toBe('Областная научная библиотека имени В. Д. Фёдорова — 0 км');
      expect(first[1]).toBe('Библиотека имени Н. В. Гоголя — 0,5 км');
      await user.press(/Фёдорова/);
      expect(user.lastText()).toContain('Шаг 3 из 5');
      await user.press('Назад');
      expect(user.buttonLabels()).toEqual(first);
      // Back and forth again: still the same.
      await user.press(/Гоголя/);
      await user.press('Назад');
      expect(user.buttonLabels()).toEqual(first);
      const json = (await ConversationStateModel.findById('18301').lean())!.json;
      expect(json).not.toMatch(/55\.354712|86\.086543|0,5 км|"km"/);
    });
  });
});
