import { describe, expect, it } from '@jest/globals';
import { createI18n } from '../../src/bot/i18n.js';
import { scheduleVars } from '../../src/domain/lesson-pattern.js';

describe('lesson-pattern', () => {
  const NK = 'Asia/Novokuznetsk';
  const i18n = createI18n('ru');
  /** 10:00 local (03:00Z) on these December 2026 days. */
  const december = (...days: number[]) => days.map((d) => new Date(Date.UTC(2026, 11, d, 3)));
  const said = (locale: 'ru' | 'en', starts: Date[]) => i18n.t(locale, 'lessons-said', scheduleVars(starts, NK, locale));

  describe('a group\'s lessons as people tell them', () => {
    it('a weekly rhythm as a pattern, with the plural through Fluent', () => {
      expect(said('ru', december(7, 9, 14, 16, 21, 23, 28, 30))).toBe('по понедельникам и средам в 10:00, 8 занятий, с 7 декабря');
      expect(said('ru', december(1, 8, 15, 22))).toBe('по вторникам в 10:00, 4 занятия, с 1 декабря');
      expect(said('en', december(7, 9, 14, 16))).toBe('Mondays and Wednesdays at 10:00, 4 lessons, from 7 December');
    });

    it('up to three lessons one per line', () => {
      expect(said('ru', december(1, 3))).toBe('\n• 1 декабря, вторник, 10:00\n• 3 декабря, четверг, 10:00');
    });

    it('many lessons without one rhythm as a span, never a wall of dates', () => {
      const irregular = [...december(1, 2, 4, 5, 7), new Date(Date.UTC(2026, 11, 20, 8))];
      expect(said('ru', irregular)).toBe('6 занятий, с 1 декабря по 20 декабря');
      expect(said('en', irregular)).toBe('6 lessons, from 1 December to 20 December');
    });
  });
});
