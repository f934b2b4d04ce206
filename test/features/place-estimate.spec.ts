import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist, markEnrolled } from '../helpers/waitlist-fixtures.js';

describe('place-estimate', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Probe s22 L1: place 1,504 was told "около 2 579 недель".
  describe('the estimated wait', () => {
    it('says "more than a year" past 52 weeks, not a number of weeks', async () => {
      const t = createTestBot();
      const at = (day: number) => new Date(Date.UTC(2026, 9, day, 3));
      // Six people enrolled in the last 12 weeks at this center: half a person a week; 30 ahead is 60 weeks.
      for (let i = 0; i < 6; i++) {
        const { entry } = await addToWaitlist(3500 + i, { centerId: 'osinniki-central', at: at(1) });
        await markEnrolled(entry.id, at(20));
      }
      for (let i = 0; i < 30; i++) await addToWaitlist(3510 + i, { centerId: 'osinniki-central', at: at(2) });
      await addToWaitlist(3550, { centerId: 'osinniki-central', at: at(3) });
      const late = t.user({ id: 3550, first_name: 'Пётр', language_code: 'ru' });
      await late.text('🔢 Моё место в очереди');
      expect(late.lastText()).toContain('место в очереди 31.\nПримерное ожидание: больше года. Место в очереди сохраняется, пока вы сами из неё не выйдете.');
      const early = t.user({ id: 3510, first_name: 'Анна', language_code: 'ru' });
      await early.text('🔢 Моё место в очереди');
      expect(early.lastText()).toContain('место в очереди 1.\nПримерное ожидание: около 2 недель.');
      expect(t.errors).toEqual([]);
    });
  });
});
