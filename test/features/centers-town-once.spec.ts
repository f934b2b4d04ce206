import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('centers-town-once', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Walk29 W29-11: «📍 Центральная городская библиотека, Осинники, Осинники, улица Революции, 17».
  describe('a town\'s centers as map pins', () => {
    it('fix29h W29-11: say the town once, in either language', async () => {
      const t = createTestBot();
      for (const [id, lang, menu, town, title, address] of [
        [29_801, 'ru', '📍 Центры рядом', 'Осинники', 'Центральная городская библиотека, Осинники', 'улица Революции, 17'],
        [29_802, 'en', '📍 Centers near me', 'Osinniki', 'Central City Library, Osinniki', '17 Revolyutsii St'],
      ] as const) {
        const user = t.user({ id, first_name: 'Вера', language_code: lang });
        await user.text('/start');
        const before = t.telegram.callsOf('sendVenue').length;
        await user.tap(menu);
        await user.press(town);
        const venues = t.telegram.callsOf('sendVenue').slice(before);
        expect(venues.map((v) => v.payload)).toEqual([expect.objectContaining({ chat_id: id, title, address })]);
      }
      // A name of its own keeps the town before the street.
      const kemerovo = t.user({ id: 29_803, first_name: 'Олег', language_code: 'ru' });
      await kemerovo.text('/start');
      const before = t.telegram.callsOf('sendVenue').length;
      await kemerovo.tap('📍 Центры рядом');
      await kemerovo.press('Кемерово');
      expect(t.telegram.callsOf('sendVenue').slice(before).map((v) => v.payload)).toContainEqual(
        expect.objectContaining({ title: 'Областная научная библиотека имени В. Д. Фёдорова', address: 'Кемерово, улица Дзержинского, 19' }),
      );
      expect(t.errors).toEqual([]);
    });
  });
});
