import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { joinWishOf } from '../../src/domain/join-wish.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-wish-region', () => {
  /**
   * Probe31 M1: «Кемеровская область» (the region) was taken as the town Кемерово, and the person was asked to choose
   * one of Kemerovo's centers. A region or a district named is no town: the town is asked.
   */
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('a region named in the first words (probe31 M1)', () => {
    it('is not the town of the same name; the course is still taken', async () => {
      for (const text of ['Хочу записаться на госуслуги, Кемеровская область', 'хочу записаться на госуслуги в Кемеровском районе', 'I want to join Public services online, Kemerovo region']) {
        expect([text, await joinWishOf(text)]).toEqual([text, { course: 'gosuslugi' }]);
      }
      expect(await joinWishOf('хочу записаться на госуслуги в Кемерове')).toEqual({ course: 'gosuslugi', town: 'Кемерово' });
      // A town with its district after it is the town.
      expect(await joinWishOf('хочу на госуслуги, Кемерово, Ленинский район')).toEqual({ course: 'gosuslugi', town: 'Кемерово' });
    });

    it('in the bot: the town question is asked, not Kemerovo\'s centers', async () => {
      const t = createTestBot();
      const vera = t.user({ id: 37501, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/start');
      await vera.text('Хочу записаться на госуслуги, Кемеровская область');
      expect(vera.lastText()).toContain('Где вам удобно заниматься?');
      expect(vera.lastText()).not.toContain('Кемерово: выберите центр');
      expect(t.errors).toEqual([]);
    });
  });

  describe('words that only look like a course or a town (probe31 L1)', () => {
    it('«после работы», «работала», «в белом» name no course nor town; the course and the town named still do', async () => {
      expect(await joinWishOf('хочу на курсы после работы в Белово')).toEqual({ town: 'Белово' });
      expect(await joinWishOf('хочу в Междуреченск на госуслуги, я пенсионерка, работала в Юрге')).toEqual({ course: 'gosuslugi' });
      expect(await joinWishOf('хочу на госуслуги в белом доме')).toEqual({ course: 'gosuslugi' });
      expect(await joinWishOf('ищу работу, хочу учиться в Белове')).toEqual({ course: 'job-search', town: 'Белово' });
      expect(await joinWishOf('хочу на курс по безопасности в интернете в Берёзовском')).toEqual({ course: 'safe-internet', town: 'Берёзовский' });
      const t = createTestBot();
      const olga = t.user({ id: 37502, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/start');
      await olga.text('хочу на курсы после работы в Белово');
      expect(olga.lastText()).toBe('Шаг 1 из 5. Выберите курс:');
      expect(t.errors).toEqual([]);
    });
  });
});
