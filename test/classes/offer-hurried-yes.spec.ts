import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, statusOf } from './fixtures.js';

describe('offer-hurried-yes', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const offerOf = (chat: TestUser) => chat.messages().find((m) => m.text?.startsWith('Для вас есть место в группе!'))!;

  describe('a typed «да» a moment after a seat offer came (walk28 W28-18)', () => {
    it('fix29a W28-18: «да» within 15 s asks «Приду на «…», с … — верно?»; «Да, приду» takes the seat, the offer marked answered', async () => {
      const t = createTestBot();
      await addToWaitlist(5801, { at: joinDay(1) });
      const denis = t.user({ id: 5801, first_name: 'Денис', language_code: 'ru' });
      await groupWithOffers(t.clock.now());
      await deliverAll(t);
      const offer = offerOf(denis);
      t.clock.advance(5_000);
      await denis.text('да');
      expect(denis.lastText()).toBe('Приду на «Основы компьютерной грамотности», с 1 декабря — верно?');
      expect(denis.buttonLabels()).toEqual(['Да, приду', 'Нет']);
      expect(await statusOf(5801)).toBe('offered');
      await denis.press('Да, приду');
      await deliverAll(t);
      expect(await statusOf(5801)).toBe('enrolled');
      expect(denis.lastText()).toMatch(/^Вы записаны в группу! Курс «Основы компьютерной грамотности»/);
      const offerNow = denis.messages().find((m) => m.message_id === offer.message_id)!;
      expect(offerNow.text).toContain('✓ Вы ответили «Приду»: место в группе ваше.');
      expect(denis.buttonLabels(offerNow)).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-18: a typed «нет» to the question leaves the offer open; a typed «да» to it takes the seat', async () => {
      const t = createTestBot();
      await addToWaitlist(5811, { at: joinDay(1) });
      const anna = t.user({ id: 5811, first_name: 'Анна', language_code: 'ru' });
      await groupWithOffers(t.clock.now());
      await deliverAll(t);
      await anna.text('ага');
      const asked = anna.messages().at(-1)!;
      await anna.text('нет');
      expect(anna.lastText()).toBe('Хорошо. Предложение места ждёт вашего ответа: нажмите «Приду» или «Не смогу» под ним.');
      expect(anna.buttonLabels(anna.messages().find((m) => m.message_id === asked.message_id))).toEqual([]);
      expect(await statusOf(5811)).toBe('offered');
      expect(anna.buttonLabels(offerOf(anna))).toEqual(['✓ Приду', 'Не смогу']);
      await anna.text('да');
      expect(anna.lastText()).toMatch(/^Приду на «Основы компьютерной грамотности»/);
      await anna.text('да');
      await deliverAll(t);
      expect(await statusOf(5811)).toBe('enrolled');
      expect(anna.lastText()).toMatch(/^Вы ответили «да» на предложение места\.\nВы записаны в группу!/);
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-18: a reply to the offer, a press, a «приду», or a «да» after 15 s take the seat at once', async () => {
      const t = createTestBot();
      for (const [i, id] of [5821, 5822, 5823, 5824].entries()) await addToWaitlist(id, { at: joinDay(i + 1) });
      const [reply, press, come, late] = [5821, 5822, 5823, 5824].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
      await groupWithOffers(t.clock.now(), { capacity: 4 });
      await deliverAll(t);
      const quoted = offerOf(reply!);
      await reply!.send({ message: { message_id: 990_001, date: 0, chat: { id: 5821, type: 'private', first_name: 'U' }, from: { id: 5821, is_bot: false, first_name: 'U' }, text: 'да', reply_to_message: { ...quoted, reply_to_message: undefined } } });
      await press!.press('✓ Приду');
      await come!.text('приду');
      t.clock.advance(16_000);
      await late!.text('да');
      await deliverAll(t);
      for (const id of [5821, 5822, 5823, 5824]) expect(await statusOf(id)).toBe('enrolled');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: { $in: [5821, 5822, 5823, 5824] }, status: 'enrolled' })).toBe(4);
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-18: in English', async () => {
      const t = createTestBot();
      await addToWaitlist(5831, { at: joinDay(1), language: 'en' });
      const emily = t.user({ id: 5831, first_name: 'Emily', language_code: 'en' });
      await groupWithOffers(t.clock.now());
      await deliverAll(t);
      await emily.text('yes');
      expect(emily.lastText()).toBe('I\'ll come to "Basic computer literacy", from 1 December — right?');
      expect(emily.buttonLabels()).toEqual(['Yes, I\'ll come', 'No']);
      await emily.press('No');
      expect(emily.lastText()).toBe('All right. The seat offer is waiting for your answer: press "I\'ll come" or "Can\'t come" under it.');
      expect(await statusOf(5831)).toBe('offered');
      expect(t.errors).toEqual([]);
    });
  });
});
