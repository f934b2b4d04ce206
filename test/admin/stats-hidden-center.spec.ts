import { describe, afterAll, beforeAll, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('stats-hidden-center', () => {
  const NOW = new Date('2026-11-24T03:00:00Z');

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  it('/stats names a hidden center where people still wait, not by its id', async () => {
    const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
    await addToWaitlist(1, { at: NOW, centerId: 'mariinsk-central' });
    expect(await setCenterActive(900, 'mariinsk-central', false, NOW)).toBeTruthy();
    const coordinator = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
    await coordinator.text('/stats');
    expect(coordinator.lastText()).toMatch(/^Мариинск, Центральная районная библиотека: 1$/m);
    expect(coordinator.lastText()).not.toContain('mariinsk-central');
  });
});
