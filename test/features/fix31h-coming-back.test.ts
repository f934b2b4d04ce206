import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
});
afterAll(() => done());

const NOW = new Date('2026-11-25T03:00:00Z');

describe('fix31h: coming back', () => {
  // Walk31 W31-09: a seat held for her while she had blocked the bot; /start said «Вы уже в очереди».
  it('fix31h W31-09: /start for someone a seat is held for says so and brings the offer with its buttons', async () => {
    const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
    await addToWaitlist(4801, { centerId: 'yurga-central', phone: '+79131112201', at: new Date('2026-11-01T03:00:00Z') });
    await CitizenModel.updateOne({ _id: 4801 }, { $set: { reachable: false } });
    const groupId = await createGroup(900, { courseId: 'basics', centerId: 'yurga-central', room: 'Зал 1', capacity: 1, lessonStarts: [new Date('2026-11-27T03:00:00Z')], durationMinutes: 90 }, NOW);
    expect(await offerFreeSeats(groupId, NOW)).toBe(1);
    const olga = t.user({ id: 4801, first_name: 'Ольга', language_code: 'ru' });
    await olga.text('/start');
    const texts = t.telegram.messagesTo(4801).map((m) => m.text ?? '');
    expect(texts.some((text) => text.startsWith('Вы уже в очереди'))).toBe(false);
    expect(texts).toContain('Для вас есть место в группе! Ответьте кнопками под сообщением ниже.');
    expect(olga.lastText()).toMatch(/^Для вас есть место в группе!/);
    expect(olga.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
    expect(t.errors).toEqual([]);
  });
});
