import { beforeEach, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('fix30i-hide-past-day', () => {
  useSampleDataPerTest();
  // The sample data is seeded again for each test: the catalog must not remember the center hidden by the last one.
  beforeEach(() => invalidateCatalog());

  const NOW = new Date('2026-12-02T03:00:00Z'); // 10:00 in Yurga, Wednesday 2 December
  const COORDINATOR = 30901;
  const WAITING = 30911;

  /** probe30 M1: «📅 До другого дня» with a day already past this year. */
  describe('probe30 M1: hiding a center until a typed day', () => {
    it('«1.12» on 2 December is a day gone by, not a year on; a day months ahead is said with its year, to the coordinator and the people waiting', async () => {
      await addToWaitlist(WAITING, { centerId: 'yurga-central' });
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('Юрга: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('📅 До другого дня');
      await olga.text('1.12');
      expect(olga.lastText()).toBe('1 декабря уже прошло. Напишите день позже сегодняшнего, например «в понедельник» или 9.12.');
      await olga.text('1 декабря');
      expect(olga.lastText()).toBe('1 декабря уже прошло. Напишите день позже сегодняшнего, например «в понедельник» или 9.12.');
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: true });
      await olga.text('1.03');
      expect(olga.lastText()).toMatch(/^Центр скрыт от жителей до 1 марта 2027 года\. Людям в очереди предложено выбрать другой центр или подождать до 1 марта 2027 года: 1\. 1 марта 2027 года напомним вам/);
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: false, reopensOn: '2027-03-01' });
      await deliverAll(t);
      const waiting = t.user({ id: WAITING, first_name: 'Нина', language_code: 'ru' });
      expect(waiting.lastText()).toMatch(/^Центр не принимает записи на курс «Основы компьютерной грамотности» примерно до 1 марта 2027 года:/);
      expect(t.errors).toEqual([]);
    });

    it('English: «December 1» is gone by; a near day is said without its year', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR + 1) } });
      const emma = t.user({ id: COORDINATOR + 1, first_name: 'Emma', language_code: 'en' });
      await emma.text('/centers');
      await emma.press(/^Yurga/);
      await emma.press(/Hide from citizens/);
      await emma.press(/Until another day/);
      await emma.text('December 1');
      expect(emma.lastText()).toBe('1 December has already passed. Type a day after today, for example "Monday" or 9.12.');
      await emma.text('Dec 9');
      expect(emma.lastText()).toMatch(/^The center is hidden from citizens until 9 December\./);
      expect(t.errors).toEqual([]);
    });
  });
});
