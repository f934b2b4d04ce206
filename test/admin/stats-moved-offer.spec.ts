import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { computeStats } from '../../src/domain/stats.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { paperPerson } from '../calls/fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
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

  /**
   * walk35 finding 6: /stats counted an accepted offer by the entry's enrolledAt, which giving the seat back unsets:
   * three people took a seat, two gave it back, and it said «Приняли место: 1 из 3», the week «Зачислены: 1».
   */
  describe('/stats: an offer accepted stays accepted when the seat is given back', () => {
    // The made-up offer message above is no message to send.
    beforeAll(() => DeliveryModel.deleteMany({}));

    it('walk35 6: Валентина (her button), Петрова (a call card) and Денис (the freed seat) took one, two gave it back: «3 из 3», the week «Зачислены» 3', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 3_6101, displayName: 'Галина', centerIds: ['kemerovo-regional'], addedBy: 900 });
      await addToWaitlist(3_6102, { at: new Date('2026-10-01T03:00:00Z'), name: 'Валентина Ершова' });
      await paperPerson(-(2 ** 49 + 3_6103), { name: 'Петрова Нина', phone: '+79130003610', joinedAt: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(3_6104, { at: new Date('2026-10-03T03:00:00Z'), name: 'Денис Орлов' });
      await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 3_6101 });
      await deliverAll(t);
      const valentina = t.user({ id: 3_6102, first_name: 'Валентина', language_code: 'ru' });
      await valentina.press('✓ Приду');
      const galina = t.user({ id: 3_6101, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/calls');
      await galina.press('Ответить: Петрова Нина');
      await galina.press('✓ Согласие есть, записать');
      const giveBack = async (user: typeof valentina) => {
        await user.text('🔢 Моё место в очереди');
        await user.press('Отказаться от места: Основы компьютерной грамотности');
        await user.press('Освободить, остаться в очереди');
        expect(user.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');
      };
      await giveBack(valentina);
      await deliverAll(t);
      const denis = t.user({ id: 3_6104, first_name: 'Денис', language_code: 'ru' });
      await denis.press('✓ Приду');
      await giveBack(denis);

      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      expect(olga.lastText()).toContain('Приняли место: 3 из 3 предложенных (100%)');
      // The week of Monday 23 November: nobody joined the line, three took a seat (two gave it back since).
      expect(olga.lastText()).toMatch(/^23\.11 +0 +3<\/pre>$/m);
      expect(t.errors).toEqual([]);
    });

    it('walk35 6: two put straight into a group by a librarian are «Зачислены», one gave it back; no offer of theirs, so not in «Приняли место»', async () => {
      // 19:35 at the Gogol library: its class at 19:55 is too near for offers; a librarian puts walk-ins in herself.
      const now = new Date('2026-12-01T12:35:00Z');
      const t = createTestBot({ clock: new TestClock(now), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 3_6201, displayName: 'Вера', centerIds: ['kemerovo-gogol'], addedBy: 900 });
      for (const id of [3_6202, 3_6203]) await addToWaitlist(id, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-gogol' });
      await createGroup(3_6201, { courseId: 'basics', centerId: 'kemerovo-gogol', room: '1', capacity: 2, lessonStarts: [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')], durationMinutes: 90 }, now);
      // One offer made at the center, of another course's group, not answered yet.
      await addToWaitlist(3_6204, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-gogol', courseId: 'internet' });
      await groupWithOffers(now, { courseId: 'internet', centerId: 'kemerovo-gogol', capacity: 1, actorId: 3_6201, lessonStarts: [new Date('2026-12-08T03:00:00Z')] });
      await deliverAll(t);
      const vera = t.user({ id: 3_6201, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/classes');
      await vera.press(/^1\. .*1 декабря/);
      for (const label of ['1. Участник 36202', '1. Участник 36203']) {
        await vera.press('➕ Записать человека');
        await vera.press(label);
        await vera.press('✓ Записать');
      }
      const second = t.user({ id: 3_6203, first_name: 'Мария', language_code: 'ru' });
      await second.text('🔢 Моё место в очереди');
      await second.press('Отказаться от места: Основы компьютерной грамотности');
      await second.press('Освободить, остаться в очереди');
      expect(second.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');

      await vera.text('/stats');
      // The week of Monday 30 November: two took a seat, one of them gave it back since.
      expect(vera.lastText()).toMatch(/^30\.11 +0 +2<\/pre>$/m);
      expect(vera.lastText()).toContain('Приняли место: 0 из 1 предложенных (0%), ещё ждут ответа: 1');
      expect(t.errors).toEqual([]);
    });

    it('walk35 6: a group cancelled after two took its seats: both stay «Зачислены» of their week, and their offers accepted', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 3_6301, displayName: 'Лидия', centerIds: ['belovo-central'], addedBy: 900 });
      for (const id of [3_6302, 3_6303]) await addToWaitlist(id, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'belovo-central' });
      await groupWithOffers(t.clock.now(), { centerId: 'belovo-central', capacity: 2, actorId: 3_6301 });
      await deliverAll(t);
      for (const id of [3_6302, 3_6303]) await t.user({ id, first_name: `U${id}`, language_code: 'ru' }).press('✓ Приду');
      const lidia = t.user({ id: 3_6301, first_name: 'Лидия', language_code: 'ru' });
      await lidia.text('/change');
      await lidia.press(/Отменить всю группу/);
      await lidia.press('✓ Подтвердить');
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'belovo-central', status: 'waiting' })).toBe(2);

      await lidia.text('/stats');
      expect(lidia.lastText()).toMatch(/^23\.11 +0 +2<\/pre>$/m);
      expect(lidia.lastText()).toContain('Приняли место: 2 из 2 предложенных (100%)');
      expect(t.errors).toEqual([]);
    });
  });
});
