import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { moveToCenter } from '../../src/domain/waitlist.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { clearOffers, groupWithOffers, statusOf, waiting } from './fixtures.js';

describe('late-accept', () => {
  /**
   * "I'll come" pressed on an offer that expired or was declined: it takes a seat of that offer's group
   * if nobody holds one, the group has not begun and the person still waits there; anything else is refused.
   */
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const HOUR = 3600_000;
  const REFUSED = /^Это предложение уже не действует\. Вы остаётесь в очереди на прежнем месте, бот напишет о новом месте\. Если хотели попасть именно в эту группу, позвоните в центр: \+7 [\d -]+\.$/;

  describe('a late "I\'ll come"', () => {
    it("after the offer expired, or after \"Can't come\", takes a seat nobody holds, before the group begins", async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3051, 3052]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 3 }); // two offered, one seat nobody in line needs
      await deliverAll(t);
      await boris!.press('Не смогу');
      expect(await statusOf(3052)).toBe('waiting');
      await boris!.press('✓ Приду'); // a minute later he changed his mind, on the offer still above
      expect(boris!.lastText()).toContain('Вы записаны в группу!');
      await boris!.press('Да, оставить моё место'); // the question after "Can't come", answered late
      expect(boris!.lastText()).toBe('Это предложение уже не действует.');
      expect(await statusOf(3052)).toBe('enrolled');
      t.clock.advance(48 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1 });
      await deliverAll(t);
      expect(anna!.lastText()).toContain('Вы не успели ответить');
      await anna!.press('✓ Приду');
      expect(anna!.lastText()).toContain('Вы записаны в группу!');
      expect(await statusOf(3051)).toBe('enrolled');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 2, freeSeats: 1 });
      expect(await SeatOfferModel.countDocuments({ groupId: id, outcome: 'accepted' })).toBe(2);
      expect(t.errors).toEqual([]);
    });


    it('takes the group of the message pressed, not another offer made since, and not at a center the person left', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3061]);
      const first = await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      const firstOffer = anna!.messages().at(-1)!;
      t.clock.advance(48 * HOUR);
      await runOffersJob(t.deps); // expired; a second group at the same center is offered next
      const second = await groupWithOffers(t.clock.now(), { capacity: 2, room: 'Зал 2', lessonStarts: [new Date('2026-12-10T03:00:00Z')] });
      await deliverAll(t);
      await anna!.press('Не смогу');
      // The first offer's button: the first group, though the second offer was made (and declined) later.
      await anna!.pressData(JSON.stringify(firstOffer.reply_markup).match(/offer:acc:[0-9a-f]{24}/)![0], firstOffer);
      expect(anna!.lastText()).toContain('Вы записаны в группу!');
      expect(String((await WaitlistEntryModel.findOne({ citizenId: 3061 }).lean())!.groupId)).toBe(first.id);
      expect(await ClassGroupModel.findById(second.id).lean()).toMatchObject({ enrolledCount: 0 });
    });

    it('refuses the group of a center the person moved away from, and says so to someone who left the line', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3071, 3072]);
      await groupWithOffers(t.clock.now(), { capacity: 3 });
      await deliverAll(t);
      await anna!.press('Не смогу');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3071 }).lean();
      await moveToCenter(3071, String(entry!._id), 'novokuznetsk-central');
      await anna!.press('✓ Приду');
      expect(anna!.lastText()).toMatch(REFUSED);
      expect(await statusOf(3071)).toBe('waiting');
      await boris!.press('Не смогу');
      await boris!.press('Нет, выйти из очереди');
      await boris!.press('✓ Приду');
      expect(boris!.lastText()).toBe('Это предложение уже не действует.');
      expect(await statusOf(3072)).toBe('left');
    });
  });
});
