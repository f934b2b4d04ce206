import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('declined-offer-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T01:00:00Z');

  // Walk29 W29-18: the English offer marked «You answered "Can't come", so the seat went to the next person…» was 63 words.
  describe('a seat offer answered «Can\'t come»', () => {
    it.each([
      ['ru', 29_951],
      ['en', 29_952],
    ] as const)('fix29h W29-18: (%s) the copy marked answered is at most 60 words, as in the walk', async (language, citizenId) => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      await WaitlistEntryModel.deleteMany({ centerId: 'yurga-central' }); // each case offers its own person the seat
      const staffId = citizenId + 100;
      await StaffMemberModel.create({ _id: staffId, displayName: 'Ольга', centerIds: ['yurga-central'], addedBy: 900 });
      await addToWaitlist(citizenId, { language, centerId: 'yurga-central', at: new Date('2026-10-01T03:00:00Z') });
      // Thursdays at 14:00 in Юрга (UTC+7), four lessons from 3 December: the walk's group.
      const lessons = ['12-03', '12-10', '12-17', '12-24'].map((day) => new Date(`2026-${day}T07:00:00Z`));
      const groupId = await createGroup(staffId, { courseId: 'basics', centerId: 'yurga-central', room: 'Зал 2', capacity: 1, lessonStarts: lessons, durationMinutes: 90 }, new Date('2026-11-25T03:00:00Z'));
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
      await deliverAll(t);
      const user = t.user({ id: citizenId, first_name: 'Emily', language_code: language });
      const offer = user.messages().at(-1)!;
      await user.text(language === 'ru' ? 'нет, не смогу' : "no, can't come");
      const declined = user.messages().find((m) => m.message_id === offer.message_id)!.text!;
      expect(declined).toContain(language === 'ru' ? 'Вы ответили «Не смогу»' : 'You answered "Can\'t come"');
      expect(`${wordsOf(declined)}: ${declined}`).toMatch(/^(?:[1-5]\d|60|\d): /);
      expect(t.errors).toEqual([]);
    });
  });
});
