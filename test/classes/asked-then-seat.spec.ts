import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, waiting } from './fixtures.js';

describe('asked-then-seat', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const statuses = async (citizenId: number) => Object.fromEntries((await WaitlistEntryModel.find({ citizenId }).lean()).map((e) => [e.courseId, e.status]));

  describe('a question left unanswered, then a seat offer: a typed «да» answers the offer (probe29 H1)', () => {
    it('/forget\'s «Удалить все ваши данные?» left open: the «да» typed under the offer takes the seat and deletes nothing', async () => {
      const t = createTestBot();
      const [irina] = await waiting(t, [4961]);
      await irina!.text('/forget');
      const asked = irina!.messages().at(-1)!;
      expect(asked.text).toMatch(/^Удалить все ваши данные/);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(irina!.lastText()).toMatch(/^Для вас есть место в группе!/);
      t.clock.advance(20_000); // past the hurried-yes window (walk28 W28-18)
      await irina!.text('да');
      await deliverAll(t);
      expect(irina!.lastText()).toMatch(/^Вы ответили «да» на предложение места\./);
      expect(await CitizenModel.countDocuments({ _id: 4961 })).toBe(1);
      expect(await statuses(4961)).toEqual({ basics: 'enrolled' });
      // The /forget question still has its buttons: pressed, it still works as asked.
      expect(irina!.buttonLabels(irina!.messages().find((m) => m.message_id === asked.message_id))).toEqual(['Да, удалить', 'Нет, оставить']);
      expect(t.errors).toEqual([]);
    });

    it('«Выйти из очереди?» on one course left open: the «да» typed under another course\'s offer takes that seat and leaves no line', async () => {
      const t = createTestBot();
      await addToWaitlist(4971, { courseId: 'internet', at: joinDay(1) });
      await addToWaitlist(4971, { courseId: 'basics', at: joinDay(2) });
      const olga = t.user({ id: 4971, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('🔢 Моё место в очереди');
      await olga.press('Выйти из очереди: Интернет и электронная почта');
      expect(olga.lastText()).toMatch(/^Выйти из очереди на курс «Интернет/);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(olga.lastText()).toMatch(/^Для вас есть место в группе!/);
      t.clock.advance(20_000);
      await olga.text('да');
      await deliverAll(t);
      expect(olga.lastText()).toMatch(/^Вы ответили «да» на предложение места\./);
      expect(await statuses(4971)).toEqual({ internet: 'waiting', basics: 'enrolled' });
      expect(t.errors).toEqual([]);
    });

    it.each([
      ['да', 4991, 'left'],
      ['нет', 4992, 'waiting'],
    ] as const)('probe30 H1: «Выйти из очереди?» drawn into a list shown before the offer: «%s» typed next answers it, not the offer', async (typed, citizenId, internet) => {
      const t = createTestBot();
      await addToWaitlist(citizenId, { courseId: 'internet', at: joinDay(1) });
      await addToWaitlist(citizenId, { courseId: 'basics', at: joinDay(2) });
      const vera = t.user({ id: citizenId, first_name: 'Вера', language_code: 'ru' });
      await vera.text('🔢 Моё место в очереди');
      const list = vera.messages().at(-1)!;
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(vera.lastText()).toMatch(/^Для вас есть место в группе!/);
      t.clock.advance(20_000); // past the hurried-yes window (walk28 W28-18)
      // On the list above the offer (a press on a list older than the offer may first redraw it).
      const leave = 'Выйти из очереди: Интернет и электронная почта';
      await vera.press(leave);
      if (!/^Выйти из очереди на курс «Интернет/.test(vera.messages().find((m) => m.message_id === list.message_id)!.text!)) await vera.press(leave);
      expect(vera.messages().find((m) => m.message_id === list.message_id)!.text).toMatch(/^Выйти из очереди на курс «Интернет/);
      t.clock.advance(2_000);
      await vera.text(typed);
      await deliverAll(t);
      expect(await statuses(citizenId)).toEqual({ internet, basics: 'offered' });
      expect(vera.lastText()).not.toMatch(/предложение места/);
      expect(t.errors).toEqual([]);
    });

    it('with nothing sent after it, the typed «да» still answers /forget\'s question', async () => {
      const t = createTestBot();
      const [vera] = await waiting(t, [4981]);
      await vera!.text('/forget');
      await vera!.text('да');
      expect(vera!.lastText()).toBe('Ваши данные удалены, согласие отозвано. Спасибо, что были с нами!');
      expect(await CitizenModel.countDocuments({ _id: 4981 })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});
