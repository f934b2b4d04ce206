import { describe, expect, it } from '@jest/globals';
import { hoursInEnglish, roomWords } from '../../src/domain/place-words.js';

describe('place-words', () => {
  // Walk s20 W20-21: English readers got "Kompiuternyi klass, 2 etazh". The bot's own screens: citizen-menu.test.ts.
  describe("a room in the reader's words", () => {
    it('keeps Russian for Russian readers', () => {
      expect(roomWords('Компьютерный класс, 2 этаж', 'ru')).toBe('Компьютерный класс, 2 этаж');
    });
    it.each([
      ['Компьютерный класс, 2 этаж', 'Computer room, floor 2'],
      ['Компьютерный класс, 2-й этаж', 'Computer room, floor 2'],
      ['Зал 3', 'Hall 3'],
      ['Читальный зал', 'Reading room'],
      ['каб. 12, этаж 3', 'room 12, floor 3'],
      ['Конференц-зал', 'Conference hall'],
      ['Центр общественного доступа, вход со двора', 'Public access center, entrance from the yard'],
      ['Кабинет Пушкина', 'Room Pushkina'],
    ])('"%s" → "%s" for English readers', (room, english) => {
      expect(roomWords(room, 'en')).toBe(english);
    });
    it('transliterates a name it does not know, and leaves no Cyrillic', () => {
      expect(roomWords('Радуга', 'en')).toBe('Raduga');
      expect(roomWords('Залесье, кабинет 5', 'en')).toBe('Zalese, room 5');
    });
    // Walk s28 W28-23: "Room informatiki, vtoroi floor" — half translated word by word, half transliterated.
    it.each([
      ['Кабинет информатики, второй этаж', 'Kabinet informatiki, floor 2'],
      ['Зал 2, третий этаж', 'Hall 2, floor 3'],
      ['Читальный зал, на втором этаже', 'Reading room, floor 2'],
      ['Кабинет Пушкина; первый этаж', 'Room Pushkina; floor 1'],
    ])('fix28h W28-23: each phrase of "%s" wholly in English or wholly as typed: "%s"', (room, english) => {
      expect(roomWords(room, 'en')).toBe(english);
    });
  });

  // Walk s22 W22-29: a center without English hours showed "budni 9:00–18:00".
  describe('opening hours typed in Russian, for English readers', () => {
    it.each([
      ['будни 10:00–19:00, суббота 10:00–17:00', 'weekdays 10:00–19:00, Saturday 10:00–17:00'],
      ['пн–пт 9:00–18:00, сб 10:00–16:00, вс — выходной', 'Mon–Fri 9:00–18:00, Sat 10:00–16:00, Sun — closed'],
      ['ежедневно с 9:00 до 18:00, перерыв 13:00–14:00', 'daily from 9:00 to 18:00, break 13:00–14:00'],
      ['будни 9–18, выходные дни: суббота, воскресенье', 'weekdays 9–18, closed: Saturday, Sunday'],
      ['все дни кроме понедельника', 'vse dni krome Monday'],
    ])('"%s" → "%s"', (hours, english) => {
      expect(hoursInEnglish(hours)).toBe(english);
    });
  });
});
