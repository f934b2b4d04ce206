import { beforeEach, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('center-hide-week', () => {
  useSampleDataPerTest();
  // The sample data is seeded again for each test: the catalog must not remember the center hidden by the last one.
  beforeEach(() => invalidateCatalog());

  const NOW = new Date('2026-12-02T03:00:00Z'); // 10:00 in Yurga, Wednesday 2 December
  const COORDINATOR = 4901;
  const LESSONS = 'Скрытие останавливает только запись. Занятия групп центра идут как прежде: перенести или отменить их можно в /change.';

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  async function hideQuestion(t: TestBot) {
    const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
    await olga.text('/centers');
    await olga.press('Юрга: Центральная городская библиотека');
    await olga.press('⏸ Скрыть от жителей');
    return olga;
  }

  /** walk29 W29-15: a center closing for a short time. */
  describe('hiding a center for a few days', () => {
    it('W29-15: «Скрыть на неделю» hides it until a week on, and the question says the lessons go on (/change)', async () => {
      const t = bot();
      const olga = await hideQuestion(t);
      expect(olga.lastText()).toContain(LESSONS);
      await olga.press('⏸ Скрыть на неделю');
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: false, reopensOn: '2026-12-09' });
      expect(olga.lastText()).toContain('Статус: ⏸ скрыт от жителей до 9 декабря');
      expect(olga.lastText()).toContain(LESSONS);
      expect(t.errors).toEqual([]);
    });

    it('W29-15: «📅 До другого дня» takes a typed day, refuses one gone by, and hides the center until it', async () => {
      const t = bot();
      const olga = await hideQuestion(t);
      await olga.press('📅 До другого дня');
      expect(olga.lastText()).toBe('С какого дня центр снова будет записывать людей? Напишите день, например 9 декабря или 9.12.\nЮрга: Центральная городская библиотека');
      await olga.text('2.12');
      expect(olga.lastText()).toContain('Этот день уже наступил.');
      await olga.text('5.12');
      expect(olga.lastText()).toBe(`Центр скрыт от жителей до 5 декабря. Людям в очереди предложено выбрать другой центр или подождать до 5 декабря: 0. 5 декабря напомним вам снова показать центр.\n${LESSONS}`);
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: false, reopensOn: '2026-12-05' });
      expect(t.errors).toEqual([]);
    });
  });
});
