import { describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createGroup } from '../../src/domain/classes.js';
import { registerAtDesk } from '../../src/domain/desk-registration.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian } from '../calls/fixtures.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('no-phone-namesake', () => {
  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z');

  describe('a Telegram join with the name of a person with no phone who holds a seat there (walk29 W29-23)', () => {
    it('the join says so, no second seat is offered at once, and the center\'s librarians are told to check', async () => {
      await librarian(7497, 'Марина', ['belovo-central']);
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const marina = t.user({ id: 7497, first_name: 'Марина', language_code: 'ru' });
      await registerAtDesk({ name: 'Кузнецова Антонина', courseId: 'basics', centerId: 'belovo-central', timeOfDay: 'any', consentSignedOnPaper: true }, { actorId: 7497, now: NOW });
      const groupId = await createGroup(7497, {
        courseId: 'basics', centerId: 'belovo-central', room: 'Зал 1', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-08T03:00:00Z'), new Date('2026-12-10T03:00:00Z')],
      }, NOW);
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
      await deliverAll(t);

      const dima = t.user({ id: 7498, first_name: 'Антонина', last_name: 'Кузнецова', language_code: 'ru' });
      await dima.text('/start');
      await joinWaitlist(dima, { town: 'Белово' });
      expect(dima.textsSince(0).join('\n')).toContain('Человек с таким же именем уже записан на этот курс в этой библиотеке. Если это вы, второе место не нужно: скажите библиотекарю.');
      expect((await WaitlistEntryModel.findOne({ citizenId: 7498 }).lean())!.status).toBe('waiting');
      await deliverAll(t);
      expect(marina.textsSince(0)).toContain('📌 В Телеграме на курс «Основы компьютерной грамотности» записался человек с тем же именем, что у Кузнецова Антонина (без телефона, место в группе держим). Проверьте, не один ли это человек: /find.');
      expect(t.errors).toEqual([]);
    });

    it('another name: nothing said, the seat offered at once as before', async () => {
      await librarian(7499, 'Ольга', ['belovo-central']);
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await registerAtDesk({ name: 'Кузнецова Антонина', courseId: 'basics', centerId: 'belovo-central', timeOfDay: 'any', consentSignedOnPaper: true }, { actorId: 7499, now: NOW });
      const groupId = await createGroup(7499, {
        courseId: 'basics', centerId: 'belovo-central', room: 'Зал 1', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-08T03:00:00Z'), new Date('2026-12-10T03:00:00Z')],
      }, NOW);
      await offerFreeSeats(groupId, NOW, testOffers());
      const ivan = t.user({ id: 7500, first_name: 'Иван', last_name: 'Кузнецов', language_code: 'ru' });
      await ivan.text('/start');
      await joinWaitlist(ivan, { town: 'Белово' });
      expect(ivan.textsSince(0).join('\n')).not.toContain('с таким же именем');
      expect((await WaitlistEntryModel.findOne({ citizenId: 7500 }).lean())!.status).toBe('offered');
      expect(t.errors).toEqual([]);
    });
  });
});
