import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { clearOffers, groupWithOffers, statusOf, waiting } from './fixtures.js';

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
