import { describe, expect, it } from '@jest/globals';
import { lessonStarts, parseDateList } from '../../src/domain/schedule.js';
import { readTypedDate } from '../../src/domain/typed-date.js';
import { formatLessonTime, fromLocal, localToday, parseDottedDate, parseTime, timeOfDayAt, toLocal } from '../../src/domain/time.js';

describe('time', () => {
  const NK = 'Asia/Novokuznetsk';

  describe('time zones (Intl only)', () => {
    it('stores 10:00 in Novokuznetsk as 03:00Z and shows it back as 10:00', () => {
      const instant = fromLocal({ year: 2026, month: 12, day: 1 }, 10, 0, NK);
      expect(instant.toISOString()).toBe('2026-12-01T03:00:00.000Z');
      expect(formatLessonTime(instant, NK, 'ru')).toBe('1 декабря, вторник, 10:00');
      expect(formatLessonTime(instant, NK, 'en')).toBe('Tuesday 1 December, 10:00');
      expect(timeOfDayAt(instant, NK)).toBe('morning');
    });

    it('crosses the date line of UTC: 05:30 local is the previous day in UTC', () => {
      expect(fromLocal({ year: 2026, month: 12, day: 1 }, 5, 30, NK).toISOString()).toBe('2026-11-30T22:30:00.000Z');
      expect(localToday(new Date('2026-11-30T18:00:00Z'), NK)).toEqual({ year: 2026, month: 12, day: 1 });
    });

    it('follows daylight saving where a zone has it', () => {
      expect(fromLocal({ year: 2026, month: 3, day: 30 }, 10, 0, 'Europe/Berlin').toISOString()).toBe('2026-03-30T08:00:00.000Z');
      expect(fromLocal({ year: 2026, month: 3, day: 27 }, 10, 0, 'Europe/Berlin').toISOString()).toBe('2026-03-27T09:00:00.000Z');
      expect(toLocal(new Date('2026-03-30T08:00:00Z'), 'Europe/Berlin')).toMatchObject({ hour: 10, weekday: 0 });
    });

    it('parses what people type', () => {
      expect(parseDottedDate('1.12.26')).toEqual({ year: 2026, month: 12, day: 1 });
      expect(parseDottedDate('31.02.2026')).toBeUndefined();
      // Without a year, as people write it: the next such day from today.
      const today = { year: 2026, month: 11, day: 24 };
      expect(parseDottedDate('2.12', today)).toEqual({ year: 2026, month: 12, day: 2 });
      expect(parseDottedDate('24.11', today)).toEqual({ year: 2026, month: 11, day: 24 });
      expect(parseDottedDate('10.01', today)).toEqual({ year: 2027, month: 1, day: 10 });
      expect(parseDottedDate('2.12')).toBeUndefined();
      expect(parseTime('9.30')).toEqual({ hour: 9, minute: 30 });
      expect(parseTime('24:00')).toBeUndefined();
      expect(parseDateList('01.12.2026 10:00, 03.12.2026 18:00', parseDottedDate, parseTime)).toHaveLength(2);
      expect(parseDateList('01.12.2026', parseDottedDate, parseTime)).toBeUndefined();
    });

    it('W34-03: reads a time as people say it: «в 11», «в 11 часов», «11 ч», «в 18.30», «в 6 вечера», also on a typed list of dates', () => {
      const at = (hour: number, minute = 0) => ({ hour, minute });
      const cases: Array<[string, { hour: number; minute: number }]> = [
        ['в 11', at(11)], ['В 11 часов', at(11)], ['11 ч', at(11)], ['11 ч.', at(11)], ['11ч', at(11)], ['в 18.30', at(18, 30)], ['к 9:15', at(9, 15)],
        ['11', at(11)], ['в 6 вечера', at(18)], ['в 2 часа дня', at(14)], ['в 11 утра', at(11)], ['в 12 дня', at(12)], ['at 11', at(11)], ['11 am', at(11)],
        ['6 pm', at(18)], ["11 o'clock", at(11)], ['в 1 час', at(1)], ['в 11 вечера', at(23)],
      ];
      for (const [text, time] of cases) expect([text, parseTime(text)]).toEqual([text, time]);
      for (const text of ['в 25', 'в 11 минут', 'в', 'часов', '11 30', 'в 13 pm', '9 дек']) expect([text, parseTime(text)]).toEqual([text, undefined]);
      const today = { year: 2026, month: 11, day: 24 };
      expect(parseDateList('9 декабря в 11 часов\n10 декабря в 18.30\n11 декабря 11 ч', (d) => readTypedDate(d, today), parseTime)).toEqual([
        { date: { year: 2026, month: 12, day: 9 }, hour: 11, minute: 0 },
        { date: { year: 2026, month: 12, day: 10 }, hour: 18, minute: 30 },
        { date: { year: 2026, month: 12, day: 11 }, hour: 11, minute: 0 },
      ]);
    });

    it('lays weekly lessons on the chosen weekdays from the start date', () => {
      const starts = lessonStarts({ kind: 'weekly', startDate: { year: 2026, month: 12, day: 2 }, weekdays: [0, 2], hour: 18, minute: 0, count: 3 }, NK);
      expect(starts.map((s) => s.toISOString())).toEqual(['2026-12-02T11:00:00.000Z', '2026-12-07T11:00:00.000Z', '2026-12-09T11:00:00.000Z']);
      expect(timeOfDayAt(starts[0]!, NK)).toBe('evening');
    });
  });
});
