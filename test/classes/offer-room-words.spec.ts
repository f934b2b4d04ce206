import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';

describe('offer-room-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Walk s28 W28-23: Emily's offer read «Where: Central City Library, Osinniki, 17 Revolyutsii St, Room informatiki,
  // vtoroi floor» for a room typed «Кабинет информатики, второй этаж».
  describe('a room typed in Russian, in an English offer', () => {
    it('fix28h W28-23: each phrase wholly in English or wholly as typed, never half of each', async () => {
      const t = createTestBot();
      await addToWaitlist(3991, { courseId: 'gosuslugi', centerId: 'osinniki-central', language: 'en', at: new Date('2026-10-01T03:00:00Z') });
      const emily = t.user({ id: 3991, first_name: 'Emily', language_code: 'en' });
      await groupWithOffers(t.clock.now(), { courseId: 'gosuslugi', centerId: 'osinniki-central', capacity: 1, room: 'Кабинет информатики, второй этаж' });
      await deliverAll(t);
      expect(emily.lastText()).toContain('Where: Central City Library, Osinniki, 17 Revolyutsii St, Kabinet informatiki, floor 2\n');
      expect(emily.lastText()).not.toMatch(/[А-яЁё]/);
      expect(t.errors).toEqual([]);
    });
  });
});
