import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('stats-paging', () => {
  const NOW = new Date('2026-11-24T03:00:00Z');
  const CENTERS = 150;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    // A region of 150 centers with people waiting at each: the table no longer fits one message.
    await CenterModel.insertMany(
      Array.from({ length: CENTERS }, (_, i) => ({
        _id: `center-${i}`, name: `Библиотека семейного чтения № ${i} имени ${'А'.repeat(20)}`, town: `Посёлок ${i}`, address: 'ул. Ленина, 1',
        latitude: 54, longitude: 86, phone: '+7 3842 00-00-00', hours: 'Пн–Пт 10:00–19:00',
      })),
    );
    await WaitlistEntryModel.insertMany(
      Array.from({ length: CENTERS }, (_, i) => ({ citizenId: 20_000 + i, courseId: 'basics', centerId: `center-${i}`, status: 'waiting', joinedAt: new Date(NOW.getTime() - 86_400_000) })),
    );
    invalidateCatalog();
  });
  afterAll(() => done());

  describe('/stats for a large region', () => {
    it('pages the table within 4,096 characters; every center appears once', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      const first = olga.lastText();
      const pages = Number(/Страница 1 из (\d+)/.exec(first)?.[1]);
      expect(pages).toBeGreaterThan(1);
      const seen = new Set<string>();
      for (let page = 1; page <= pages; page++) {
        const text = olga.lastText();
        expect(text).toContain(`Страница ${page} из ${pages}`);
        expect(text).toContain('Статистика: все центры');
        // The totals once, on the first page.
        if (page === 1) expect(text).toContain('Закончили курс за всё время: 0');
        else expect(text).not.toContain('Закончили курс');
        // Each center by its town and full name, as on every other staff screen (walk s22 W22-28).
        for (const match of text.matchAll(/^Посёлок (\d+), Библиотека семейного чтения № \1 имени А{20}: 1$/gm)) seen.add(match[1]!);
        if (page < pages) await olga.press('Следующие ▶️');
      }
      expect(seen.size).toBe(CENTERS);
      expect(t.telegram.callsOf('sendPhoto')).toHaveLength(1); // one chart; page turns edit the text only
      for (const call of t.telegram.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText')) {
        expect(String(call.payload.text).length).toBeLessThanOrEqual(4096);
      }
      // The picker pages too (20 centers a page).
      await olga.press('🏢 Выбрать центр');
      expect(olga.buttonLabels()).toHaveLength(22); // 20 centers, Next, All centers
      await olga.press('Следующие ▶️');
      expect(olga.buttonLabels()).toContain('◀️ Предыдущие');
      expect(t.errors).toEqual([]);
    });
  });
});
