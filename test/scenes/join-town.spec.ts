import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-town', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  // Walk s28 W28-19: «Библиотека имени Н. В. Гоголя» (Кемерово) and «… имени Н. В. Гоголя» (Новокузнецк): the summary
  // and «Готово!» named the center without its town, so someone who typed «Гоголя» could not tell where she signed up.
  describe('the join summary and «Готово!» name the center with its town', () => {
    it('fix28h W28-19: in Russian and in English', async () => {
      const nina = t.user({ id: 21_901, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/start');
      await nina.tap('📝 Записаться на курс');
      for (const answer of ['основы', 'кемерово', 'Библиотека имени Н. В. Гоголя', 'утром', 'да', 'пропустить']) await nina.text(answer);
      expect(nina.lastText()).toContain('Центр: Библиотека имени Н. В. Гоголя, Кемерово, проспект Ленина, 5\n');
      await nina.text('да');
      expect(nina.lastText()).toContain('Центр: Библиотека имени Н. В. Гоголя, Кемерово.\n');

      const kate = t.user({ id: 21_902, first_name: 'Kate', language_code: 'en' });
      await kate.text('/start');
      await kate.tap(/Join a course/);
      for (const answer of ['basic', 'novokuznetsk', 'Gogol Central City Library', 'morning', 'yes', 'skip']) await kate.text(answer);
      expect(kate.lastText()).toContain('Center: Gogol Central City Library, Novokuznetsk, 56 Kirova St\n');
      await kate.text('yes');
      expect(kate.lastText()).toContain('Center: Gogol Central City Library, Novokuznetsk.\n');
      expect(t.errors).toEqual([]);
    });
  });
});
