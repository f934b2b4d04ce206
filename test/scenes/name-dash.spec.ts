import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { seedSampleData } from '../../src/db/seed.js';
import { nameProblem } from '../../src/domain/person-names.js';
import { toggleLabels } from '../../src/bot/menus/toggle-label.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('name-dash', () => {
  /**
   * /calls and /attendance say a toggle's state after a long dash («Иванова Анна — на занятии», fix31e): a name with a
   * long dash («Анна — на занятии») would read as already marked in the librarian's list. The name rule refuses it, and
   * a name stored before keeps its dash out of the label.
   */
  const NOW = new Date('2026-11-30T05:00:00Z');
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('a long dash in a name', () => {
    it('is refused as a mark; hyphens stay', () => {
      for (const bad of ['Анна — на занятии', 'Иванова Анна – позвонили', 'Smith Anna — present']) expect([bad, nameProblem(bad)]).toEqual([bad, 'marks']);
      for (const good of ['Салтыков-Щедрин Михаил', 'Анна-Мария Петрова']) expect([good, nameProblem(good)]).toEqual([good, undefined]);
    });

    it('a Telegram name «Анна — на занятии» is not taken at the join: the name is asked', async () => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      const anna = t.user({ id: 3731, first_name: 'Анна', last_name: '— на занятии', language_code: 'ru' });
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      await anna.press('Безопасный интернет');
      await anna.press('Юрга');
      await anna.press('Не важно');
      await anna.press('✓ Даю согласие');
      expect(anna.lastText()).toContain('Как к вам обращаться?');
      await anna.text('Анна — на занятии');
      expect(anna.lastText()).toMatch(/^В имени не нужны значки/);
      await anna.text('Анна Сергеевна');
      await anna.text('8 913 373-10-01');
      await anna.press('✓ Всё верно, записаться');
      expect((await CitizenModel.findById(3731).lean())?.name).toBe('Анна Сергеевна');
      expect(t.errors).toEqual([]);
    });

    it('a stored name with a dash keeps it out of the toggle: unmarked, it does not read as marked', () => {
      const [off, on] = toggleLabels([
        { name: 'Анна — на занятии', on: false, state: 'на занятии' },
        { name: 'Вера Петрова', on: true, state: 'на занятии' },
      ]);
      expect(off).toBe('Анна - на занятии');
      expect(on).toBe('Вера Петрова — на занятии');
    });
  });
});
