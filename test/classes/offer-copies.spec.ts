import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { clearOffers, groupWithOffers, statusOf, waiting } from './fixtures.js';

describe('offer-copies', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  describe('"🔢 Моё место в очереди" of a person holding an offer (walk s21 W21-11)', () => {
    it('shows the offer again, and the older copies lose their buttons: one live offer in the chat', async () => {
      const t = createTestBot();
      const [boris] = await waiting(t, [3961]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const offers = () => boris!.messages().filter((m) => m.text?.startsWith('Для вас есть место в группе!')).sort((a, b) => a.message_id - b.message_id);
      const live = () => offers().filter((m) => boris!.buttonLabels(m).length > 0);
      expect(live()).toHaveLength(1);
      await boris!.text('🔢 Моё место в очереди');
      expect(offers()).toHaveLength(2);
      expect(live().map((m) => m.message_id)).toEqual([offers()[1]!.message_id]);
      expect(boris!.buttonLabels(offers()[1])).toEqual(['✓ Приду', 'Не смогу']);
      await boris!.text('🔢 Моё место в очереди');
      expect(offers()).toHaveLength(3);
      expect(live().map((m) => m.message_id)).toEqual([offers()[2]!.message_id]);
      // The answer typed: the live copy loses its buttons too.
      await boris!.text('приду');
      await deliverAll(t);
      expect(boris!.lastText()).toContain('Вы записаны в группу!');
      expect(live()).toHaveLength(0);
      expect(await statusOf(3961)).toBe('enrolled');
      expect(t.errors).toEqual([]);
    });
  });

  describe('a «приду» that says not this time (probe40)', () => {
    it('«приду в следующий раз», «приду, но не сегодня», «приду, не смогу» take no seat; the offer stays open', async () => {
      const t = createTestBot();
      const [rita] = await waiting(t, [3966]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // past the hurried-yes question's first 15 s
      for (const words of ['приду в следующий раз', 'приду, но не сегодня', 'приду, не смогу', 'я приду. не смогу']) {
        await rita!.text(words);
        await deliverAll(t);
        expect([words, await statusOf(3966)]).toEqual([words, 'offered']);
      }
      expect(t.errors).toEqual([]);
    });
  });

  // Walk s28 W28-05: after a typed «да» the offer lost its buttons but kept «Пожалуйста, ответьте до …».
  describe('an offer answered by a typed «да» or «нет»', () => {
    it('fix28h W28-05: every copy is marked answered, as a pressed one, with no «ответьте до» left', async () => {
      const t = createTestBot();
      const [vera, gleb] = await waiting(t, [3971, 3972]);
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      const offers = (user: typeof vera) => user!.messages().filter((m) => m.text?.startsWith('Для вас есть место в группе!'));
      await vera!.text('🔢 Моё место в очереди'); // a second copy, under the list
      expect(offers(vera)).toHaveLength(2);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await vera!.text('да');
      await deliverAll(t);
      expect(await statusOf(3971)).toBe('enrolled');
      for (const offer of offers(vera)) {
        expect(offer.text).not.toContain('ответьте');
        expect(offer.text).toMatch(/Вопросы: .*\n\n✓ Вы ответили «Приду»: место в группе ваше\.$/);
        expect(vera!.buttonLabels(offer)).toEqual([]);
      }

      await gleb!.text('нет');
      expect(await statusOf(3972)).toBe('waiting');
      const [declined] = offers(gleb);
      expect(declined!.text).not.toContain('ответьте');
      expect(declined!.text).toMatch(/\n\nВы ответили «Не смогу»\. Место пока свободно/); // nobody else waits for it (fix31a)
      expect(gleb!.buttonLabels(declined)).toEqual(['✓ Приду']);
      expect(t.errors).toEqual([]);
    });
  });
});
