import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('forget-seat', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('/forget by someone with a seat', () => {
    it('gives the seat to the next person in line before deleting the data', async () => {
      const t = createTestBot();
      await addToWaitlist(4801, { at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(4802, { at: new Date('2026-10-02T03:00:00Z') });
      const first = t.user({ id: 4801, first_name: 'Первая', language_code: 'ru' });
      const second = t.user({ id: 4802, first_name: 'Второй', language_code: 'ru' });
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await first.press('✓ Приду');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });

      await first.text('/forget');
      await first.press(/Да/);
      await deliverAll(t);

      expect(await WaitlistEntryModel.findOne({ citizenId: 4801 }).lean()).toBeNull();
      expect(await WaitlistEntryModel.findOne({ citizenId: 4802 }).lean()).toMatchObject({ status: 'offered' });
      expect(second.buttonLabels()).toContain('✓ Приду');
      expect(t.errors).toEqual([]);
    });
  });
});
