import { describe, expect, it } from '@jest/globals';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { librarian, paperPerson } from './fixtures.js';

describe('calls-redrawn-jobs', () => {
  /**
   * fix30c: an open /calls screen was redrawn after updates at its center (callsKeptInStep), not after the offers job
   * (Agenda): an offer that ran out and passed its seat to the next person by phone left it naming the first one.
   */
  useSampleDataPerTest();

  const HOUR = 3600_000;

  describe('/calls is redrawn after the offers job (fix30c)', () => {
    it('an offer ran out and its seat went to the next person: the open /calls screen names the next one', async () => {
      const t = createTestBot();
      await librarian(7311, 'Марина');
      await librarian(7312, 'Тая', ['yurga-central']);
      await paperPerson(-(2 ** 49 + 311), { name: 'Первая Анна', phone: '+79231113311', joinedAt: new Date('2026-10-01T03:00:00Z') });
      await paperPerson(-(2 ** 49 + 312), { name: 'Вторая Вера', phone: '+79231113312', joinedAt: new Date('2026-10-02T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const marina = t.user({ id: 7311, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/calls');
      const screen = marina.messages().at(-1)!.message_id;
      const shown = () => marina.messages().find((m) => m.message_id === screen)!;
      expect(shown().text).toContain('Первая Анна');
      const taya = t.user({ id: 7312, first_name: 'Тая', language_code: 'ru' });
      await taya.text('/calls');
      const other = taya.messages().at(-1)!;

      t.clock.advance(49 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1 });
      expect(shown().text).not.toContain('Первая Анна');
      expect(shown().text).toContain('Вторая Вера');
      expect(marina.buttonLabels(shown())).toContain('Ответить: Вторая Вера');
      // Another center's screen is left as it was.
      expect(taya.messages().find((m) => m.message_id === other.message_id)).toEqual(other);
      expect(t.errors).toEqual([]);
    });
  });
});
