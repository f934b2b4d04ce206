import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist, markEnrolled } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';

describe('many-places', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // fix28a: someone on five lists, each with an estimate, read over 80 words in "my place in line".
  describe('my place in line on five lists', () => {
    const places = [
      ['basics', 'mariinsk-central'],
      ['internet', 'yurga-central'],
      ['safe-internet', 'kemerovo-regional'],
      ['gosuslugi', 'belovo-central'],
      ['job-search', 'tashtagol-central'],
    ] as const;
    const courses = { ru: ['Основы', 'Интернет', 'Безопасный', 'Госуслуги', 'Поиск'], en: ['Basic', 'Internet and', 'Safe', 'Public', 'Job'] };

    it.each([['ru', 5801, '🔢 Моё место в очереди'], ['en', 5802, '🔢 My place in line']] as const)(
      'stays within 60 words, the nearest in full, every course with its buttons (%s)',
      async (language, id, menu) => {
        const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
        const at = (day: number) => new Date(Date.UTC(2026, 9, day, 3));
        // Each line has a history (five enrolled lately) and people ahead, so every entry has an estimate.
        for (const [p, [courseId, centerId]] of places.entries()) {
          for (let i = 0; i < 5; i++) {
            const { entry } = await addToWaitlist(id * 100 + p * 10 + i, { courseId, centerId, at: at(1) });
            await markEnrolled(entry.id, at(20));
          }
          for (let i = 0; i < p; i++) await addToWaitlist(id * 100 + p * 10 + 5 + i, { courseId, centerId, at: at(2) });
          await addToWaitlist(id, { courseId, centerId, language, at: at(3 + p) });
        }
        const user = t.user({ id, first_name: 'Vera', language_code: language });
        await user.text('/start');
        const from = user.messages().length;
        await user.tap(menu);
        const text = user.lastText();
        expect(user.textsSince(from).filter((s) => wordsOf(s) > 60)).toEqual([]);
        expect(wordsOf(text)).toBeLessThanOrEqual(60);
        // The nearest wait in full, with its center and estimate; every course still named, with its place.
        const [, nearest, ...others] = text.split('\n\n');
        expect(nearest).toContain(t.i18n.t(language, 'place-estimate', { weeks: 99 }).split(/\d/)[0]!);
        expect(nearest).toContain(language === 'ru' ? 'Мариинск' : 'Mariinsk');
        for (const word of courses[language]) expect(text).toContain(word);
        expect(others.filter((line) => / \d+\.(\n|$)/.test(line))).toHaveLength(4);
        // Every entry stays reachable: change center and leave for each of the five.
        const labels = user.buttonLabels();
        for (const word of courses[language]) {
          expect(labels.filter((label) => label.includes(word))).toHaveLength(2);
        }
        expect(/[\u0400-\u04FF]/.test(text)).toBe(language === 'ru');
        // The last course's leave button still asks about that course.
        await user.press(labels.filter((label) => label.includes(courses[language][4]!))[1]!);
        expect(user.lastText()).toContain(courses[language][4]);
        expect(t.errors).toEqual([]);
      },
    );
  });

  // Walk s28 W28-17 / W28-04: Валентина in two groups with lessons tomorrow (two towns) and on three lines. The second
  // group was cut to «вы в группе» while the lines got full lines; the short lines named no town.
  describe('my place in line with two groups and three lines', () => {
    it('fix28h W28-17 W28-04: every group says when and where its next lesson is; short lines keep the town', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')) });
      const id = 5811;
      const user = t.user({ id, first_name: 'Валентина', language_code: 'ru' });
      const lessons = (hour: number) => [new Date(Date.UTC(2026, 11, 1, hour)), new Date(Date.UTC(2026, 11, 3, hour))];
      await addToWaitlist(id, { courseId: 'basics', centerId: 'yurga-central', at: new Date('2026-10-01T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { courseId: 'basics', centerId: 'yurga-central', capacity: 1, lessonStarts: lessons(7) });
      await user.text('приду');
      await addToWaitlist(id, { courseId: 'safe-internet', centerId: 'osinniki-central', at: new Date('2026-10-02T03:00:00Z') });
      await groupWithOffers(t.clock.now(), {
        courseId: 'safe-internet',
        centerId: 'osinniki-central',
        capacity: 1,
        room: 'Кабинет информатики, второй этаж',
        lessonStarts: lessons(11),
      });
      await user.text('приду');
      await addToWaitlist(id, { courseId: 'internet', centerId: 'novokuznetsk-kuznetsky', at: new Date('2026-10-03T03:00:00Z') });
      await addToWaitlist(id, { courseId: 'gosuslugi', centerId: 'yurga-central', at: new Date('2026-10-04T03:00:00Z') });
      await addToWaitlist(id, { courseId: 'job-search', centerId: 'kemerovo-gogol', at: new Date('2026-10-05T03:00:00Z') });

      await user.text('🔢 Моё место в очереди');
      const text = user.lastText();
      expect(wordsOf(text)).toBeLessThanOrEqual(60);
      expect(text).toContain('Ближайшее занятие: завтра в 14:00, Зал 1.');
      expect(text).toContain('«Безопасный интернет», Осинники: вы в группе.\nБлижайшее занятие: завтра в 18:00, Кабинет информатики, второй этаж.');
      expect(text).toContain('«Поиск работы в интернете», Кемерово: место в очереди 1.');
      expect(text).toContain('«Госуслуги онлайн», Юрга: место в очереди 1.');
      expect(t.errors).toEqual([]);
    });
  });
});
