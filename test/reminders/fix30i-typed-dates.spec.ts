import { describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { librarian } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from './fixtures.js';

describe('fix30i-typed-dates', () => {
  useSampleDataPerTest();

  // Monday 30 November, 10:00 in Novokuznetsk (UTC+7).
  const clock = () => new TestClock(new Date('2026-11-30T03:00:00Z'));
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 7));

  /** walk30 W30-09: a date typed as people write it, on every date question staff answer. */
  describe('W30-09: dates typed in words', () => {
    it('/change → move a lesson: «9 декабря» (as the buttons read) and «в среду» are dates; English «Dec 9» too', async () => {
      const t = createTestBot({ clock: clock() });
      await librarian(30801, 'Галина', ['novokuznetsk-central']);
      await groupWithParticipants(t.clock.now(), [{ id: 30811 }], { lessonStarts: [at(1, 10), at(8, 11)], actorId: 30801 });
      const galina = t.user({ id: 30801, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/change');
      await galina.press(/Перенести одно занятие/);
      await galina.press(/^2\. 8 декабря/);
      expect(galina.lastText()).toBe('Новая дата? Выберите день или напишите, например: 9 декабря, 9.12 или «в среду»');
      await galina.text('9 декабрика');
      expect(galina.lastText()).toBe('Не удалось понять дату. Напишите так: 9 декабря, 9.12, «завтра» или «в среду» (сегодня или позже).');
      await galina.text('9 декабря');
      expect(galina.lastText()).toMatch(/^Во сколько начало\?/);
      await galina.press('Назад');
      await galina.text('в среду'); // the next Wednesday: 2 December
      await galina.text('12:00');
      expect(galina.lastText()).toContain('Станет: 2 декабря, среда, 12:00');

      const emily = t.user({ id: 30802, first_name: 'Emily', language_code: 'en' });
      await librarian(30802, 'Emily', ['novokuznetsk-central']);
      await emily.text('/change');
      await emily.press(/Move one class/);
      await emily.press(/^2\. /);
      await emily.text('Dec 9');
      await emily.text('12:00');
      expect(emily.lastText()).toContain('Wednesday 9 December, 12:00');
      expect(t.errors).toEqual([]);
    });

    it('/newclass: the first lesson «завтра», and a list of dates «9 декабря 10:00»', async () => {
      const t = createTestBot({ clock: clock() });
      await librarian(30803, 'Вера', ['novokuznetsk-central']);
      const vera = t.user({ id: 30803, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/newclass');
      await vera.press('Интернет и электронная почта');
      expect(vera.lastText()).toMatch(/Когда первое занятие\? Выберите день или напишите дату, например 9 декабря или 9\.12\./);
      await vera.text('завтра');
      await vera.press('✎ Написать даты списком');
      await vera.text('9 декабря 10:00\nв пятницу 10:00\n11.12 10:00');
      await vera.press('60');
      await vera.text('Читальный зал');
      await vera.press('8');
      expect(vera.lastText()).toContain('1. 4 декабря, пятница, 10:00');
      expect(vera.lastText()).toContain('2. 9 декабря, среда, 10:00');
      expect(vera.lastText()).toContain('3. 11 декабря, пятница, 10:00');
      expect(t.errors).toEqual([]);
    });

    it('/change → «Все группы центра»: «7–13 декабря» and «завтра» are days', async () => {
      const t = createTestBot({ clock: clock() });
      await librarian(30804, 'Анна', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 30812 }], { lessonStarts: [at(1, 10), at(8, 10), at(15, 10)], actorId: 30804 });
      const anna = t.user({ id: 30804, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      await anna.text('с 7 по 13 декабря');
      expect(anna.lastText()).toMatch(/^Отменить 1 занятие в 1 группе с 7 по 13 декабря\?/);
      await anna.press('Назад');
      await anna.text('завтра');
      expect(anna.lastText()).toMatch(/^Отменить 1 занятие в 1 группе 1 декабря\?/);
      await anna.press('✓ Подтвердить');
      expect((await LessonModel.find({ groupId }).sort({ startsAt: 1 }).lean()).map((l) => l.status)).toEqual(['cancelled', 'scheduled', 'scheduled']);
      expect(await ClassGroupModel.countDocuments({ _id: groupId, status: 'open' })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('«⏸ Скрыть от жителей» → «📅 До другого дня»: «до 9 декабря» is a day', async () => {
      invalidateCatalog();
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '30805' } });
      const olga = t.user({ id: 30805, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('Юрга: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('📅 До другого дня');
      await olga.text('до 9 декабря');
      expect(olga.lastText()).toMatch(/^Центр скрыт от жителей до 9 декабря\./);
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: false, reopensOn: '2026-12-09' });
      invalidateCatalog();
      expect(t.errors).toEqual([]);
    });
  });
});
