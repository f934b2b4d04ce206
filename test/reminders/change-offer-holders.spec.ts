import { describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithParticipants } from './fixtures.js';

describe('change-offer-holders', () => {
  useSampleDataPerTest();

  // Probe s22 M3: a group moved while someone held its seat offer: the offer's message kept the old lessons and deadline.
  describe('a schedule change and the people holding a seat offer in the group', () => {
    it('they get the offer again with the new lessons and time to answer, and can take the seat from it', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7011, 'Анна', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 1011 }]);
      await addToWaitlist(1012, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers({ ttlHours: 240 }))).toBe(1);
      await deliverAll(t);
      const vera = t.user({ id: 1012, first_name: 'Вера', language_code: 'ru' });
      expect(vera.lastText()).toContain('Пожалуйста, ответьте до 1 декабря, вторник, 09:00.');

      const anna = t.user({ id: 7011, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('Сдвинуть всю группу');
      await anna.press('−1');
      await anna.press('✓ Подтвердить');
      await deliverAll(t);
      // An hour before the new first lesson (30 November, 10:00): the answer is due a day earlier than it was.
      expect(vera.lastText()).toMatch(/^Расписание группы изменилось\. Место для вас по-прежнему есть\.\n\nКурс: Основы компьютерной грамотности\n.*\nЗанятия теперь: \n• 30 ноября, понедельник, 10:00\n• 2 декабря, среда, 10:00\n\nПожалуйста, ответьте до 30 ноября, понедельник, 09:00\.$/s);
      expect(vera.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      await vera.press('✓ Приду');
      expect(await WaitlistEntryModel.findOne({ citizenId: 1012 }).lean()).toMatchObject({ status: 'enrolled' });
      // The participant got the change notice as before, and nobody got the offer twice for one change.
      await deliverAll(t);
      expect(vera.messages().filter((m) => /^Расписание группы изменилось\. Место/.test(m.text ?? ''))).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });
  });
});
