import { describe, expect, it } from '@jest/globals';
import { LessonModel } from '../../src/db/models/lesson.js';
import { librarian } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants, LESSON_1 } from './fixtures.js';

describe('change-one-group', () => {
  /** /change asks which group only when there is a choice (walk s18 #13: "Какую группу изменить?" with one button). */
  useSampleDataPerTest();

  const clock = () => new TestClock(new Date('2026-11-25T03:00:00Z'));

  describe('/change and the number of groups', () => {
    it('a librarian with one group to change is not asked which: the first question names the group, and the change goes to it', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(7001, 'Анна', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 1001 }]);
      // A group of another center is not hers: it does not count.
      await groupWithParticipants(t.clock.now(), [], { centerId: 'kemerovo-regional' });
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      expect(anna.lastText()).toMatch(/^Группа: Основы компьютерной грамотности, Новокузнецк: .+, с 1 декабря, вторник, 10:00\nЧто изменить\?$/);
      expect(anna.buttonLabels()).toEqual(['Перенести одно занятие', 'Сдвинуть всю группу', '🚪 Сменить аудиторию', 'Отменить одно занятие', 'Отменить всю группу', '🏢 Все группы центра: закрыт на несколько дней', 'Отмена']);
      await anna.press('Отменить одно занятие');
      await anna.press(/^1\. /);
      await anna.press('✓ Подтвердить');
      expect(anna.lastText()).toContain('Готово');
      expect((await LessonModel.findOne({ groupId, startsAt: LESSON_1 }).lean())?.status).toBe('cancelled');
      expect(t.errors).toEqual([]);
    });

    it('in English too', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }]);
      const coordinator = t.user({ id: 900, first_name: 'Olga', language_code: 'en' });
      await coordinator.text('/change');
      expect(coordinator.lastText()).toMatch(/^Group: Basic computer literacy, .+\nWhat do you want to change\?$/);
      expect(t.errors).toEqual([]);
    });

    it('shifting the group says "1 day later" / "7 days earlier" in English, "на 1 день позже" in Russian (walk s20 #45: "by 1 days")', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }]);
      const olga = t.user({ id: 900, first_name: 'Olga', language_code: 'en' });
      await olga.text('/change');
      await olga.press('Shift the whole group');
      await olga.press('+1');
      expect(olga.lastText().split('\n')[0]).toBe('Shift the group 1 day later?');
      await olga.press('Back');
      await olga.press('−1'); // −7 would put the first lesson in the past: not offered (probe s20 F11)
      expect(olga.lastText().split('\n')[0]).toBe('Shift the group 1 day earlier?');
      await olga.press('Back');
      await olga.press('+14');
      expect(olga.lastText().split('\n')[0]).toBe('Shift the group 14 days later?');
      const anna = t.user({ id: 900, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('Сдвинуть всю группу');
      await anna.press('+1');
      expect(anna.lastText().split('\n')[0]).toBe('Сдвинуть группу на 1 день позже?');
      expect(t.errors).toEqual([]);
    });

    it('two groups: which one is asked, then what to do', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }]);
      await groupWithParticipants(t.clock.now(), [], { centerId: 'kemerovo-regional' });
      const coordinator = t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
      await coordinator.text('/change');
      expect(coordinator.lastText()).toBe('Какую группу изменить?');
      expect(coordinator.buttonLabels()).toHaveLength(4); // two groups, all groups of a center (walk29 W29-15) and Cancel
      await coordinator.press(/Новокузнецк/);
      expect(coordinator.lastText()).toBe('Что сделать?');
      expect(t.errors).toEqual([]);
    });
  });
});
