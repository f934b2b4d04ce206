import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { awakeDeadline } from '../../src/domain/time.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay } from './fixtures.js';

describe('offer-night-deadline', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const TZ = 'Asia/Novokuznetsk'; // UTC+7
  // 20:22Z on 1 December is 03:22 on 2 December in Kemerovo.
  const NIGHT = new Date('2026-12-01T20:22:00Z');

  describe('an offer made at night is not due at night (walk s28 W28-08)', () => {
    it('moves a deadline from 21:00 to 09:00 local to 10:00 the next morning, and leaves a day one alone', () => {
      expect(awakeDeadline(new Date('2026-12-03T20:22:00Z'), TZ)).toEqual(new Date('2026-12-04T03:00:00Z')); // 03:22 → 10:00 that morning
      expect(awakeDeadline(new Date('2026-12-03T15:30:00Z'), TZ)).toEqual(new Date('2026-12-04T03:00:00Z')); // 22:30 → 10:00 the next
      expect(awakeDeadline(new Date('2026-12-03T05:00:00Z'), TZ)).toEqual(new Date('2026-12-03T05:00:00Z')); // noon stays
    });

    it('a group opened at 03:22 offers its seat until 10:00, not until 03:22 two days later', async () => {
      const t = createTestBot({ clock: new TestClock(NIGHT) });
      await addToWaitlist(3951, { at: joinDay(1) });
      const nina = t.user({ id: 3951, first_name: 'Нина', language_code: 'ru' });
      await groupWithOffers(NIGHT, { lessonStarts: [new Date('2026-12-07T03:00:00Z'), new Date('2026-12-09T03:00:00Z')] });
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3951 }).lean();
      expect(entry!.offer!.expiresAt).toEqual(new Date('2026-12-04T03:00:00Z'));
      await deliverAll(t);
      expect(nina.lastText()).toContain('ответьте до 4 декабря, пятница, 10:00');
      expect(t.errors).toEqual([]);
    });
  });
});
