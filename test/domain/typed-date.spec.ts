import { describe, expect, it } from '@jest/globals';
import { readPastDate, readTypedDate } from '../../src/domain/typed-date.js';

describe('typed-date', () => {
  // Wednesday 2 December 2026 at the center.
  const TODAY = { year: 2026, month: 12, day: 2 };
  const read = (text: string, today = TODAY) => readTypedDate(text, today);
  const dec = (day: number, year = 2026) => ({ year, month: 12, day });

  /** walk30 W30-09: one reader for every date question staff and citizens answer. */
  describe('a day as people type it', () => {
    it('W30-09: reads «9 декабря», «9 дек», «9.12», «09.12.2026» and the same day with its weekday, as the buttons read', () => {
      for (const text of ['9 декабря', '9 дек', '9 дек.', '9.12', '09.12', '09.12.2026', '9.12.26', '9/12', '9 декабря 2026', '9 декабря 2026 года', 'на 9 декабря', '9 декабря, среда', 'среда, 9 декабря', '9-е декабря']) {
        expect([text, read(text)]).toEqual([text, dec(9)]);
      }
      expect(read('9 декабря, четверг')).toBeUndefined(); // 9 December is a Wednesday: which did she mean?
    });

    it('W30-09: reads «сегодня», «завтра», «послезавтра» and a weekday (the next one; on a Wednesday «в среду» is a week on)', () => {
      expect(read('сегодня')).toEqual(dec(2));
      expect(read('Завтра')).toEqual(dec(3));
      expect(read('послезавтра')).toEqual(dec(4));
      expect(read('в пятницу')).toEqual(dec(4));
      expect(read('пятница')).toEqual(dec(4));
      expect(read('во вторник')).toEqual(dec(8));
      expect(read('в среду')).toEqual(dec(9));
      expect(read('среда')).toEqual(dec(9));
      expect(read('в понедельник')).toEqual(dec(7));
    });

    it('W30-09: reads English: «9 December», «Dec 9», «December 9th, 2026», «tomorrow», «Wednesday»', () => {
      for (const text of ['9 December', 'Dec 9', 'december 9th, 2026', 'the 9th of December', 'on Wednesday', 'Wednesday', 'wed']) {
        expect([text, read(text)]).toEqual([text, dec(9)]);
      }
      expect(read('tomorrow')).toEqual(dec(3));
      expect(read('the day after tomorrow')).toEqual(dec(4));
      expect(read('today')).toEqual(dec(2));
    });

    it('probe30 M1: a day and month already past this year is that day gone by, not next year; a later month of next year is next year', () => {
      expect(read('1.12')).toEqual(dec(1));
      expect(read('1 декабря')).toEqual(dec(1));
      expect(read('15.10')).toEqual({ year: 2026, month: 10, day: 15 });
      expect(read('15.01')).toEqual({ year: 2027, month: 1, day: 15 });
      expect(read('10 марта')).toEqual({ year: 2027, month: 3, day: 10 });
      // Early January: last December's day is the one just gone.
      expect(read('28.12', { year: 2027, month: 1, day: 5 })).toEqual(dec(28));
      expect(read('10.01', { year: 2027, month: 1, day: 5 })).toEqual({ year: 2027, month: 1, day: 10 });
    });

    it('W34-02: a paper list\'s day in words is a day gone by: without a year the latest such day not after today', () => {
      const past = (text: string) => readPastDate(text, TODAY);
      expect(past('1 декабря')).toEqual(dec(1));
      expect(past('2 декабря')).toEqual(dec(2));
      expect(past('3 декабря')).toEqual(dec(3, 2025));
      expect(past('15 января')).toEqual({ year: 2026, month: 1, day: 15 });
      for (const text of ['1 дек. 2025', '1 декабря 2025 г.', '1 декабря 2025 года', '1-го декабря 2025', 'Dec 1, 2025', '01 Декабря 2025']) {
        expect([text, past(text)]).toEqual([text, dec(1, 2025)]);
      }
      expect(past('29 февраля')).toEqual({ year: 2024, month: 2, day: 29 });
      for (const text of ['01.12.2025', 'вчера', 'в среду', 'декабрь', '31 ноября', 'первое декабря', '1 дикабря']) {
        expect([text, past(text)]).toEqual([text, undefined]);
      }
    });

    it('W30-09: is not a day: impossible dates, words, numbers alone, two weekdays', () => {
      for (const text of ['31.02', '0.0', '31 ноября', '9', 'декабрь', 'привет', '', '9 декабрика', 'в среду или четверг', '12.13', '9.12.1']) {
        expect([text, read(text)]).toEqual([text, undefined]);
      }
      expect(read('29.02.2028')).toEqual({ year: 2028, month: 2, day: 29 });
    });
  });
});
