import type { Locale } from '../notify/notifier.js';
import { transliterate } from './transliterate.js';

/**
 * Words staff type in Russian that English readers see: a group's room, a center's opening hours (when the
 * coordinator gave no English hours). The usual words are put in English, the rest transliterated.
 */

/**
 * A room as staff typed it (in Russian), for a reader of `locale`. English readers get the usual words of a
 * library's rooms in English ("Компьютерный класс, 2 этаж" → "Computer room, floor 2"), and whatever is left
 * transliterated, so they still read a name on a door (walk s20 W20-21: "Kompiuternyi klass, 2 etazh").
 */
export function roomWords(room: string, locale: Locale): string {
  if (locale === 'ru') return room;
  // Phrase by phrase (between commas): one the glossary puts wholly in English (a name aside: "Room Pushkina") is read
  // in English; one with a common word it does not know is transliterated whole, as typed (walk s28 W28-23: "Кабинет
  // информатики, второй этаж" read "Room informatiki, vtoroi floor"; now "Kabinet informatiki, floor 2").
  return room
    .split(/([,;]\s*)/)
    .map((part, i) => (i % 2 === 1 || !UNKNOWN_WORD.test(glossed(part, ROOMS)) ? inEnglish(part, ROOMS) : transliterate(part)))
    .join('');
}

/** A group's room as staff typed it, and the English words they gave for it (/newclass), if any. */
export type RoomText = string | { room: string; roomEn?: string | null };

/** A group's room for a reader of `locale`: an English reader gets the English words staff gave, else roomWords. */
export function groupRoom(room: RoomText, locale: Locale): string {
  const { room: typed, roomEn } = typeof room === 'string' ? { room, roomEn: undefined } : room;
  return locale === 'en' && roomEn ? roomEn : roomWords(typed, locale);
}

/** A Russian word starting with a small letter: not a name, a word the glossary does not know. */
const UNKNOWN_WORD = /(?<![а-яёА-ЯЁ])[а-яё]/u;

/** Opening hours as typed in Russian ("будни 9:00–18:00, суббота 10:00–16:00") in English (walk s22 W22-29: "budni"). */
export function hoursInEnglish(hours: string): string {
  return inEnglish(hours, HOURS);
}

function glossed(text: string, glossary: Array<[RegExp, string]>): string {
  let english = text;
  for (const [pattern, words] of glossary) english = english.replace(pattern, words);
  return english;
}

function inEnglish(text: string, glossary: Array<[RegExp, string]>): string {
  const english = transliterate(glossed(text, glossary));
  // Typed with a capital, read with one.
  return /^[А-ЯЁ]/.test(text) ? english.charAt(0).toUpperCase() + english.slice(1) : english;
}

/** A noun's case endings, and nothing after them ("зал", "зале", not "Залесье"). */
const NOUN = '(?:а|е|у|ом|ы|и|ов|ах|ами|ю|ей|я)?(?![а-яё])';
const word = (stem: string, flags = 'giu') => new RegExp(`(?<![а-яё])${stem}${NOUN}`, flags);
/** A short form, as a whole word only ("вс", "вс.", not the start of "все"). */
const short = (abbr: string) => new RegExp(`(?<![а-яё])${abbr}\\.?(?![а-яё])`, 'giu');

/** "первый" … "десятый" by their stems ("второй этаж", "на третьем этаже"). */
const ORDINALS = ['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'];

/** Longer phrases first: "читальный зал" before "зал". Adjectives by their stem, nouns by their endings. */
const ROOMS: Array<[RegExp, string]> = [
  [word('цокольн[а-яё]*\\s+этаж'), 'ground floor'],
  [/(\d+)\s*-?\s*(?:[ыио]?й|м)?\s+этаж(?:а|е|у|ом)?(?![а-яё])/giu, 'floor $1'],
  [/этаж(?:а|е|у|ом)?\s*(\d+)/giu, 'floor $1'],
  ...ORDINALS.map((stem, i): [RegExp, string] => [word(`(?:на\\s+)?${stem}[а-яё]*\\s+этаж`), `floor ${i + 1}`]),
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

/** Days and the words around them, short forms ("пн", "сб") as whole words only. */
const HOURS: Array<[RegExp, string]> = [
  [/без\s+выходных/giu, 'daily'],
  [word('ежедневно'), 'daily'],
  [word('круглосуточно'), 'around the clock'],
  [word('будни'), 'weekdays'],
  [word('будн(?:ие|им|ям) дн'), 'weekdays'],
  [word('выходн(?:ой|ые) д(?:ень|ни)'), 'closed'],
  [word('выходные'), 'weekends'],
  [word('выходной'), 'closed'],
  [word('понедельник'), 'Monday'],
  [word('вторник'), 'Tuesday'],
  [word('сред[аы]'), 'Wednesday'],
  [word('четверг'), 'Thursday'],
  [word('пятниц[аы]'), 'Friday'],
  [word('суббот[аы]'), 'Saturday'],
  [word('воскресень[ея]'), 'Sunday'],
  [short('пн'), 'Mon'],
  [short('вт'), 'Tue'],
  [short('ср'), 'Wed'],
  [short('чт'), 'Thu'],
  [short('пт'), 'Fri'],
  [short('сб'), 'Sat'],
  [short('вс'), 'Sun'],
  [word('перерыв'), 'break'],
  [word('обед'), 'lunch'],
  [word('санитарный день'), 'cleaning day'],
  [/(?<![а-яё])с(?=\s*\d)/giu, 'from'],
  [/(?<![а-яё])до(?=\s*\d)/giu, 'to'],
];
