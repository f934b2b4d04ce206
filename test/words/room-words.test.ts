import { describe, expect, it } from '@jest/globals';
import { roomWords } from '../../src/domain/room-words.js';

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
});
