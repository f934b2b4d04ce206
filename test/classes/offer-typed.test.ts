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

describe('an answer to a seat offer typed instead of pressed (walk s20 #43)', () => {
  it('"Приду" typed with one open offer takes the seat, and the offer loses its buttons', async () => {
    const t = createTestBot();
    const [anna] = await waiting(t, [3301, 3302]);
    await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    const offer = anna!.messages().at(-1)!;
    expect(anna!.buttonLabels(offer)).toEqual(['✓ Приду', 'Не смогу']);
    await anna!.text('приду');
    expect(anna!.lastText()).toContain('Вы записаны в группу!');
    expect(await statusOf(3301)).toBe('enrolled');
    expect(anna!.buttonLabels(anna!.messages().find((m) => m.message_id === offer.message_id))).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('"не смогу" typed gives the seat to the next person and asks about the place, as the button does', async () => {
    const t = createTestBot();
    const [anna] = await waiting(t, [3311, 3312]);
    await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    const offer = anna!.messages().at(-1)!;
    await anna!.text('Не смогу.');
    expect(anna!.lastText()).toBe('Хорошо, место передадим следующему. Остаться в очереди на этот курс?');
    expect(await statusOf(3312)).toBe('offered');
    expect(anna!.buttonLabels(anna!.messages().find((m) => m.message_id === offer.message_id))).toEqual(['✓ Приду']);
    expect(t.errors).toEqual([]);
  });

  it('"да" typed with one open offer takes the seat, "нет" passes it on (walk s21 W21-05)', async () => {
    const t = createTestBot();
    const [anna, boris] = await waiting(t, [3331, 3332, 3333]);
    await groupWithOffers(t.clock.now(), { capacity: 2 });
    await deliverAll(t);
    await anna!.text('Да');
    expect(anna!.lastText()).toContain('Вы записаны в группу!');
    expect(await statusOf(3331)).toBe('enrolled');
    await boris!.text('нет');
    expect(boris!.lastText()).toBe('Хорошо, место передадим следующему. Остаться в очереди на этот курс?');
    expect(await statusOf(3333)).toBe('offered');
    expect(t.errors).toEqual([]);
  });

  it('without an open offer the words get the usual reply', async () => {
    const t = createTestBot();
    const [, boris] = await waiting(t, [3321, 3322]);
    await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    await boris!.text('приду');
    expect(boris!.lastText()).toMatch(/^Не получилось понять сообщение/);
    expect(await statusOf(3322)).toBe('waiting');
  });
});
