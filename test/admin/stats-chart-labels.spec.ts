import { describe, afterAll, beforeAll, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { pngPixels } from '../helpers/png-pixels.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('stats-chart-labels', () => {
  /**
   * Walk s18 #12: two Kemerovo libraries "Библиотека имени …" were both cut to
   * the bar label "Кемерово: Библиотека им…" on the /stats chart.
   */
  const NOW = new Date('2026-11-24T03:00:00Z');

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await CenterModel.create({
      _id: 'kemerovo-pushkin', name: 'Библиотека имени А. С. Пушкина', town: 'Кемерово', address: 'улица Весенняя, 3', latitude: 55.36, longitude: 86.08,
      phone: '+7 3842 00-00-00', hours: 'будни 10:00–18:00', en: { name: 'Pushkin Library', town: 'Kemerovo', address: '3 Vesennyaya St', hours: 'weekdays 10:00–18:00' },
    });
    await addToWaitlist(1, { at: NOW, centerId: 'kemerovo-gogol' });
    await addToWaitlist(2, { at: NOW, centerId: 'kemerovo-pushkin' });
    await addToWaitlist(3, { at: NOW, centerId: 'kemerovo-pushkin' });
  });
  afterAll(() => done());

  /** The bar labels' strips of the chart (src/charts/svg.ts: bars from y 50, 34 pixels apart, labels left of x 300 and more). */
  function labelStrips(png: Buffer, bars: number): Buffer[] {
    const image = pngPixels(png);
    return Array.from({ length: bars }, (_, i) => Buffer.concat(Array.from({ length: 34 }, (__, dy) => image.row(50 + i * 34 + dy).subarray(0, 300 * image.channels))));
  }

  it.each(['ru', 'en'] as const)('/stats chart (%s): two libraries of one town with long names have bar labels that differ', async (language) => {
    const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
    const coordinator = t.user({ id: 900, first_name: 'Ольга', language_code: language });
    await coordinator.text('/stats');
    const photo = t.telegram.callsOf('sendPhoto').at(-1)!.payload.photo as { data: Buffer };
    const strips = labelStrips(photo.data, 2);
    // Drawn at all (a font is there): neither label strip is blank white.
    expect(strips.map((strip) => strip.every((byte) => byte === 255))).toEqual([false, false]);
    expect(strips[0]!.equals(strips[1]!)).toBe(false);
    expect(t.errors).toEqual([]);
  });
});
