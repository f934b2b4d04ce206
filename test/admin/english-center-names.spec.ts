import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('english-center-names', () => {
  /**
   * Walk s18 #11: an English-speaking coordinator saw Russian center names in
   * /centers and in the "hide?" question. Also: a forged /stats payload with an
   * unknown center showed "Statistics: zzzz" with zeros.
   */
  const NOW = new Date('2026-11-24T03:00:00Z');
  const COORDINATOR = 900;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await addToWaitlist(41, { centerId: 'kemerovo-gogol', at: NOW });
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  describe('center names for English-speaking staff', () => {
    it('/centers lists and asks about a center in English', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await olga.text('/centers');
      expect(olga.buttonLabels()).toContain('Kemerovo: Gogol Library');
      expect(olga.buttonLabels().join('\n')).not.toMatch(/[А-Яа-яЁё]/);
      await olga.press('Kemerovo: Gogol Library');
      await olga.press('⏸ Hide from citizens');
      expect(olga.lastText()).toMatch(/^Hide the center from citizens\? For how long\?\nKemerovo: Gogol Library\n/);
      expect(t.errors).toEqual([]);
    });

    it('/stats: a forged payload with an unknown center is "not found", not "Statistics: zzzz"', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await olga.text('/stats');
      const sent = olga.messages().length;
      await olga.pressData('st/0/0/zzzz/h0000');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload).toMatchObject({ text: 'Not found, or not yours.', show_alert: true });
      expect(olga.messages().map((m) => m.text ?? '').join('\n')).not.toContain('zzzz');
      expect(olga.messages().length).toBe(sent);
      // A real center still opens.
      await olga.pressData('st/0/0/kemerovo-gogol/h0000');
      expect(olga.messages().map((m) => m.text ?? '').join('\n')).toContain('Statistics: Kemerovo: Gogol Library');
    });
  });
});
