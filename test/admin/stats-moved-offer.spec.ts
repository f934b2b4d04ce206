import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { computeStats } from '../../src/domain/stats.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('stats-moved-offer', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-02T03:00:00Z');

  describe('/stats: a seat offer counts where its group is (probe30 L3)', () => {
    it('offered by a Новокузнецк group, then moved to Юрга: Новокузнецк made the offer, Юрга made none', async () => {
      await StaffMemberModel.create({ _id: 3_0710, displayName: 'Анна', centerIds: ['novokuznetsk-central'], addedBy: 900 });
      const group = await ClassGroupModel.create({
        courseId: 'basics', centerId: 'novokuznetsk-central', room: '1', capacity: 10, timeOfDay: 'morning', librarianId: 3_0710, createdAt: new Date('2026-11-20T03:00:00Z'),
      });
      // She was offered the seat at Новокузнецк and now waits at Юрга («Записаться сюда» moved her entry).
      const { entry } = await addToWaitlist(3_0711, { centerId: 'yurga-central', at: new Date('2026-11-01T03:00:00Z') });
      const offeredAt = new Date('2026-11-25T03:00:00Z');
      await SeatOfferModel.create({ entryId: entry.id, groupId: group._id, offeredAt, outcome: 'declined', closedAt: offeredAt });
      await DeliveryModel.create({ key: `offer:${entry.id}:${offeredAt.getTime()}`, citizenId: 3_0711, message: '{}', notBefore: offeredAt, createdAt: offeredAt });
      expect((await computeStats({ centerIds: ['novokuznetsk-central'] }, NOW)).offers.made).toBe(1);
      expect((await computeStats({ centerIds: ['yurga-central'] }, NOW)).offers.made).toBe(0);
    });
  });
});
