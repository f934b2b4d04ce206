import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('centers-paging', () => {
  /** The longest id a new center can get (36 characters and "-99"): its card's buttons must still fit 64 bytes. */
  const LONG_ID = `${'x'.repeat(36)}-99`;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await CenterModel.insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        _id: i === 29 ? LONG_ID : `village-${i}`, name: `Сельская библиотека ${i}`, town: `Яя ${String(i).padStart(2, '0')}`, address: 'ул. Ленина, 1',
        latitude: 54, longitude: 86, phone: '+7 3842 00-00-00', hours: 'Пн–Пт 10:00–19:00',
      })),
    );
    invalidateCatalog();
  });
  afterAll(() => done());

  describe('/centers for many centers', () => {
    it('pages the list (20 a page) and opens and deactivates a center with the longest id', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      expect(olga.lastText()).toMatch(/^Центры: 46\. .*\nБез названия или часов работы по-английски: 30 .*\nСтраница 1 из 3$/);
      expect(olga.buttonLabels()).toHaveLength(22); // 20 centers, Next, Add
      await olga.press('Следующие ▶️');
      await olga.press('Следующие ▶️');
      expect(olga.lastText()).toContain('Страница 3 из 3');
      await olga.press('🔤 Яя 29: Сельская библиотека 29'); // no English words: marked (walk s20 #35)
      expect(olga.lastText()).toContain('Сельская библиотека 29');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('⏸ Скрыть на месяц'); // asked for how long, on the same long id
      expect((await CenterModel.findById(LONG_ID).lean())!.active).toBe(false);
      await olga.press('Назад');
      expect(olga.lastText()).toMatch(/^Центры: 46 \(неактивных: 1, они отмечены ⏸ и скрыты от жителей\)\..*\n.*\nСтраница 3 из 3$/); // back to the page it came from
      const data = t.telegram.calls.flatMap((c) => c.payload.reply_markup?.inline_keyboard?.flat() ?? []).map((b: { callback_data: string }) => b.callback_data);
      expect(Math.max(...data.map((d) => Buffer.byteLength(d)))).toBeLessThanOrEqual(64);
      expect(t.errors).toEqual([]);
    });
  });
});
