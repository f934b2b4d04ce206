import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { walkEveryCitizenFlow, wordsOf, type Seen } from '../helpers/citizen-walk.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('citizen-words', () => {
  let done: () => Promise<void>;
  const seen: Record<string, Seen> = {};
  beforeAll(async () => {
    done = await useTestDatabase();
    for (const [language, id, name] of [['ru', 4101, 'Нина'], ['en', 4102, 'Nina']] as const) {
      // Each walk from the sample data alone: the group the first walk opens would offer the second its seat.
      await emptyTestDatabase();
      await seedSampleData();
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const user = t.user({ id, first_name: name, language_code: language });
      seen[language] = await walkEveryCitizenFlow(t, user, language);
      if (t.errors.length) throw new Error(t.errors.join('\n'));
    }
  }, 120_000);
  afterAll(() => done());

  describe('what a citizen reads, in every flow', () => {
    it('counts words as a person would: numbers and times are words, punctuation is not', () => {
      expect(wordsOf('Занятия: по понедельникам и средам в 10:00, 12 занятий, с 1 декабря')).toBe(12);
      expect(wordsOf('• 1 декабря — вторник, 10:00 ✓')).toBe(4);
      expect(wordsOf('• 10:00 Мария Иванова, +7 923 123-45-67\n• 10:00 Пётр, +7 3842 58-41-22')).toBe(7);
    });

    it.each(['ru', 'en'])('walks every flow (%s) and meets no message over 60 words', (language) => {
      const flows = new Set(seen[language]!.texts.map((s) => s.flow));
      // The walk really reached every flow (a flow that sent nothing would pass unseen).
      expect([...flows].sort()).toEqual(
        ['broadcast', 'cancel', 'centers near me', 'forget', 'group at another time', 'help', 'join', 'join again', 'language', 'leave (kept)', 'move', 'place in line', 'reminder', 'schedule change', 'seat offer', 'start'].sort(),
      );
      const long = seen[language]!.texts.filter((s) => wordsOf(s.text) > 60).map((s) => `${s.flow} (${wordsOf(s.text)}): ${s.text}`);
      expect(long).toEqual([]);
    });

    it.each(['ru', 'en'])('names no time zone by its id (%s)', (language) => {
      expect(seen[language]!.texts.filter((s) => /\b(Asia|Europe)\//.test(s.text))).toEqual([]);
    });

    it('shows a 12-lesson group as a pattern', () => {
      expect(seen.ru!.texts.find((s) => s.flow === 'seat offer')?.text).toContain('Занятия: по понедельникам и средам в 10:00, 12 занятий, с 7 декабря');
      expect(seen.en!.texts.find((s) => s.flow === 'seat offer')?.text).toContain('Lessons: Mondays and Wednesdays at 10:00, 12 lessons, from 7 December');
    });
  });

  describe('a group at another time (walk34 W34-08)', () => {
    it('fix35a: the walk asked the librarians for an afternoon group, then moved to the evening one', () => {
      const texts = (language: string) => seen[language]!.texts.filter((s) => s.flow === 'group at another time').map((s) => s.text);
      expect(texts('ru')).toContain(
        'Готово: библиотекари получили вашу просьбу. Пока ходите в свою группу, место за вами. Освободится место в дневной группе — вас переведут и напишут, если раньше вас на курс не записался тот, кто ждёт это место. Передумаете — снова нажмите «🔁 Группа в другое время».',
      );
      // Nobody waits for the morning seat she leaves: it is only freed, not "given to the next in line".
      expect(texts('ru').at(-1)).toMatch(/^Готово: вы в вечерней группе курса .* Место в прежней группе освободилось\.$/);
      expect(texts('en').at(-1)).toMatch(/^Done: you are in the evening group of/);
    });
  });

  describe('English speakers', () => {
    it('never see Cyrillic in any flow (a person’s own name would be the one exception; Nina has a Latin one)', () => {
      const cyrillic = [...seen.en!.texts, ...seen.en!.labels].filter((s) => /[\u0400-\u04FF]/.test(s.text)).map((s) => `${s.flow}: ${s.text}`);
      // The language switch names Russian in Russian, as every language list does.
      expect(cyrillic.filter((line) => !line.endsWith('Русский'))).toEqual([]);
      expect(cyrillic.some((line) => line.endsWith('Русский'))).toBe(true); // the scan reads the buttons too
    });
  });

  describe('someone on several lists asks (probe25 L5)', () => {
    // Four courses at four centers, then a fifth: what the typed questions answer stays one readable message each.
    const places = [['basics', 'mariinsk-central'], ['internet', 'yurga-central'], ['safe-internet', 'kemerovo-regional'], ['gosuslugi', 'belovo-central'], ['job-search', 'tashtagol-central']] as const;
    const phones = ['+7 38443 5-11-26', '+7 38451 4-62-71', '+7 3842 36-42-90', '+7 38452 2-78-15', '+7 38473 3-25-47'];
    it.each([['ru', 4111, 'Когда у меня занятие?', 'где библиотека?'], ['en', 4112, 'when is my class?', 'where is the library?']] as const)(
      '"when is my class?" and "where is the library?" for three, four and five courses: at most 60 words a message, the centers in one (%s)',
      async (language, id, when, where) => {
        const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
        const user = t.user({ id, first_name: 'Vera', language_code: language });
        const ask = async (question: string) => {
          const from = user.messages().length;
          await user.text(question);
          const texts = user.textsSince(from);
          expect(texts.filter((text) => wordsOf(text) > 60)).toEqual([]);
          return texts;
        };
        const full = t.i18n.t(language, 'place-no-group-yet');
        const short = t.i18n.t(language, 'place-no-group-yet-short');
        for (const [i, [courseId, centerId]] of places.entries()) {
          await addToWaitlist(id, { courseId, centerId, language, at: new Date(Date.UTC(2026, 9, i + 1, 3)) });
          if (i < 2) continue;
          const answer = await ask(when);
          // Three courses: the full answer where it fits (Russian); four: the short one; five: the full one on its own, then the list.
          if (i === 2) expect(answer[0]!.startsWith(language === 'ru' ? full : short)).toBe(true);
          if (i === 3) expect(answer[0]!.startsWith(short)).toBe(true);
          if (i === 4) expect([answer[0], answer[1]!.startsWith(t.i18n.t(language, 'place-header'))]).toEqual([full, true]);
          const centers = await ask(where);
          // The person's centers in one message (each phone once), the towns one button away (walk31 W31-16).
          expect(centers).toHaveLength(1);
          expect(centers[0]!.startsWith(t.i18n.t(language, 'own-centers'))).toBe(true);
          for (const phone of phones.slice(0, i + 1)) expect(centers[0]!.split(phone)).toHaveLength(2);
          expect(user.buttonLabels()).toEqual([t.i18n.t(language, 'other-centers')]);
          // Three centers: their cards in full.
          if (i === 2) expect(centers[0]!.split(language === 'ru' ? '\nАдрес: ' : '\nAddress: ')).toHaveLength(4);
        }
        expect(t.errors).toEqual([]);
      },
    );
  });
});
