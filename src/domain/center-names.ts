import type { Locale } from '../notify/notifier.js';
import { describeCenter, listEveryCenter, type Center } from './catalog.js';
import { groupRoom, hoursInEnglish, type RoomText } from './place-words.js';
import { transliterate } from './transliterate.js';

/** A center's words for a reader of `locale`: English fields where entered, transliteration where not. */
export interface CenterWords {
  name: string;
  town: string;
  address: string;
  hours: string;
}

export function centerWords(center: Center, locale: Locale): CenterWords {
  if (locale === 'ru') return { name: center.name, town: center.town, address: center.address, hours: center.hours };
  const { en } = center;
  return {
    name: en.name || transliterate(center.name),
    town: en.town || transliterate(center.town),
    address: en.address || transliterate(center.address),
    hours: en.hours || hoursInEnglish(center.hours),
  };
}

/** A town's name for a reader of `locale` (towns are chosen by their Russian name). */
export function townWords(town: string, centers: Center[], locale: Locale): string {
  if (locale === 'ru') return town;
  const withIt = centers.find((c) => c.town === town);
  return withIt ? centerWords(withIt, locale).town : transliterate(town);
}

/**
 * A center's name as people tell it apart: with its town where another center
 * has the same name ("Центральная городская библиотека, Таштагол"), the name
 * alone where it is unique.
 */
export function centerTitle(center: Center, all: Center[], locale: Locale): string {
  const words = centerWords(center, locale);
  const repeated = all.some((other) => other.id !== center.id && centerWords(other, locale).name === words.name);
  return repeated ? `${words.name}, ${words.town}` : words.name;
}

/**
 * Whether a center's title already says its town: «…, Таштагол» (centerTitle added it), or a name that holds it
 * («Центральная библиотека Топки», «Библиотека Новокузнецка»: walk30 W30-15). Then the town is not said again after it.
 */
export function saysTown(title: string, town: string): boolean {
  if (!town) return true;
  const escaped = town.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.endsWith(`, ${town}`) || new RegExp(`(?<!\\p{L})${escaped}\\p{L}{0,2}(?!\\p{L})`, 'iu').test(title);
}

/** The address after a center's title: with the town unless the title says it. */
export const addressAfter = (title: string, words: CenterWords) => (saysTown(title, words.town) ? words.address : `${words.town}, ${words.address}`);

/** The name with its town after it («…, Топки»), unless the name says it. */
export const nameInTown = (name: string, town: string) => (saysTown(name, town) ? name : `${name}, ${town}`);

/** centerTitle by id, deactivated centers too; '' for an unknown id. */
export async function centerTitleOf(id: string, locale: Locale): Promise<string> {
  const [center, all] = await Promise.all([describeCenter(id), listEveryCenter()]);
  return center ? centerTitle(center, all, locale) : '';
}

/**
 * A center's name always with its town (centerTitleOf adds it only where the name repeats): wherever a citizen reads
 * a center's name (the join, my place in line, a move, the center's notices and broadcasts, /help), since a name
 * alone may mean two: «Библиотека имени Н. В. Гоголя» is in Кемерово, «…имени Н. В. Гоголя» in Новокузнецк too (walk
 * s28 W28-19, walk35 L2). Offers and reminders say the town in their address (whereVars).
 */
export async function centerInTownOf(id: string, locale: Locale): Promise<string> {
  const [center, all] = await Promise.all([describeCenter(id), listEveryCenter()]);
  if (!center) return '';
  const title = centerTitle(center, all, locale);
  return nameInTown(title, centerWords(center, locale).town);
}

/**
 * Where a group meets, for a citizen's message: `center` (with its town where
 * names repeat), `address` (with the town unless the center's title has it)
 * and `room`, in the reader's language (groupRoom: the English words staff gave, else roomWords).
 */
export async function whereVars(centerId: string, room: RoomText, locale: Locale): Promise<{ center: string; address: string; room: string }> {
  const [center, all] = await Promise.all([describeCenter(centerId), listEveryCenter()]);
  if (!center) return { center: centerId, address: '', room: groupRoom(room, locale) };
  const title = centerTitle(center, all, locale);
  const words = centerWords(center, locale);
  return { center: title, address: addressAfter(title, words), room: groupRoom(room, locale) };
}

/**
 * centerPlace by id, with the address after it (the town not said twice): where a group meets in a message to staff or
 * a partner, in the order the library's own digests of the same calls use (fix39c: a partner read «…, Мариинск» where
 * the coordinator read «Мариинск, …»). Unknown id: the id, no address.
 */
export async function centerPlaceOf(id: string, locale: Locale): Promise<{ center: string; address: string }> {
  const center = await describeCenter(id);
  if (!center) return { center: id, address: '' };
  const place = centerPlace(center, locale);
  return { center: place, address: addressAfter(place, centerWords(center, locale)) };
}

/**
 * "town, name" (or "town: name" on a button) in the reader's language: staff lists and previews. A name that says its
 * town is said alone («Центральная библиотека Топки», not «Топки, Центральная библиотека Топки»: walk30 W30-15, fix31e).
 */
export function centerPlace(center: Center, locale: Locale, between = ', '): string {
  const words = centerWords(center, locale);
  return saysTown(words.name, words.town) ? words.name : `${words.town}${between}${words.name}`;
}
