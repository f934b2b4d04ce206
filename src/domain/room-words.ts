import type { Locale } from '../notify/notifier.js';
import { transliterate } from './transliterate.js';

/**
 * A room as staff typed it (in Russian), for a reader of `locale`. English readers get the usual words of a
 * library's rooms in English ("Компьютерный класс, 2 этаж" → "Computer room, floor 2"), and whatever is left
 * transliterated, so they still read a name on a door (walk s20 W20-21: "Kompiuternyi klass, 2 etazh").
 */
export function roomWords(room: string, locale: Locale): string {
  if (locale === 'ru') return room;
  let english = room;
  for (const [pattern, words] of GLOSSARY) english = english.replace(pattern, words);
  english = transliterate(english);
  // Typed with a capital, read with one.
  return /^[А-ЯЁ]/.test(room) ? english.charAt(0).toUpperCase() + english.slice(1) : english;
}

/** A noun's case endings, and nothing after them ("зал", "зале", not "Залесье"). */
const NOUN = '(?:а|е|у|ом|ы|и|ов|ах|ами|ю|ей|я)?(?![а-яё])';
const word = (stem: string, flags = 'giu') => new RegExp(`(?<![а-яё])${stem}${NOUN}`, flags);

/** Longer phrases first: "читальный зал" before "зал". Adjectives by their stem, nouns by their endings. */
const GLOSSARY: Array<[RegExp, string]> = [
  [word('цокольн[а-яё]*\\s+этаж'), 'ground floor'],
  [/(\d+)\s*-?\s*(?:[ыио]?й|м)?\s+этаж(?:а|е|у|ом)?(?![а-яё])/giu, 'floor $1'],
  [/этаж(?:а|е|у|ом)?\s*(\d+)/giu, 'floor $1'],
  [word('компьютерн[а-яё]*\\s+(?:класс|зал|кабинет)'), 'computer room'],
  [word('читальн[а-яё]*\\s+зал'), 'reading room'],
  [word('конференц\\s*-?\\s*зал'), 'conference hall'],
  [word('актов[а-яё]*\\s+зал'), 'assembly hall'],
  [word('мал[а-яё]*\\s+зал'), 'small hall'],
  [word('больш[а-яё]*\\s+зал'), 'main hall'],
  [/центр[а-яё]*\s+общественного\s+доступа/giu, 'public access center'],
  [/вход\s+со\s+двора/giu, 'entrance from the yard'],
  [word('зал'), 'hall'],
  [word('кабинет'), 'room'],
  [/(?<![а-яё])каб\./giu, 'room'],
  [word('аудитори'), 'classroom'],
  [word('класс'), 'classroom'],
  [word('комнат'), 'room'],
  [word('абонемент'), 'lending room'],
  [word('отдел'), 'department'],
  [word('подвал'), 'basement'],
  [word('этаж'), 'floor'],
];
