import { listCenters, listCourses, listStoppedCourses, type Course } from './catalog.js';
import { LITTLE_WORDS, NEGATIONS, sameWord, wordsTyped } from './text.js';

/** A region or a district right after a town's name: the town itself is not meant. */
const REGION = /^(област|обл$|район|округ|region|district|oblast)/;

/** Words every course of the programme is about: «компьютерные курсы» names none of them. */
const ANY_COURSE = /^(компьютер|computer)/;

/** A verb's ending after a word of a course's title: «работала», «работаю», «работать» name no course (probe31 L1). */
const VERB_ENDING = /^[аеиоя]?(ть|ться|л|ла|ло|ли|лся|лась|ю|юсь|ешь|ет|ете|ют|ишь|ит|ите|ят|ат|ут)$/;

/** Words after which a word says when, not what: «после работы», «до работы», "after work" (probe31 L1). */
const WHEN = new Set(['после', 'до', 'перед', 'after', 'before']);

/**
 * The course and the town named in the words that begin a join («хочу записаться на госуслуги в Топках», "I want to
 * join a course in Topki": walk30 W30-11), so the join does not ask them again. A town is named when every word of
 * its name (Russian or English) is among the words, in any ending («в Топках», «в Ленинске-Кузнецком»); a course
 * when the words that name a course (not the town's) all fit one course only: «госуслуги», «поиск работы в
 * интернете»; «интернет» alone fits three, and «компьютерные курсы» every one, so none is taken. Nothing is taken
 * from words with a «не» in them.
 */
export async function joinWishOf(text: string): Promise<{ course?: string; paused?: string; town?: string }> {
  // «гос услуги», as often spelt, is «госуслуги» (walk31 W31-02).
  const all = wordsTyped(text).replace(/(?<!\p{L})гос (?=услуг)/gu, 'гос').split(' ');
  const words = all.filter((word) => word && !LITTLE_WORDS.has(word));
  const courseWords = all.filter((word, i) => word && !LITTLE_WORDS.has(word) && !WHEN.has(all[i - 1] ?? ''));
  if (words.some((word) => NEGATIONS.has(word))) return {};
  // A typed word is a word of a name when it is that word with another ending, and not just a short start of it.
  const fits = (own: string, word: string) => word.length >= Math.min(own.length, 4) && sameWord(own, word);
  const fitsCourse = (own: string, word: string) => fits(own, word) && !VERB_ENDING.test(word.slice(same(own, word)));
  // A town's name with a case ending changes its last letter only (two of «-ский»): «в Белове», not «в белом» (probe31
  // L1); also with a slip of one letter (two in a long name): «Novokuzneck», «Кемерева» (walk31 W31-02).
  const townForm = (own: string, word: string) => same(own, word) >= own.length - (/[иыо]й$/.test(own) ? 2 : 1);
  const fitsTown = (own: string, word: string) => (fits(own, word) && townForm(own, word)) || (own.length >= 7 && lettersOff(own, word) <= (own.length >= 9 ? 2 : 1));
  const nameWords = (name: string) => wordsTyped(name).split(' ').filter((word) => word && !LITTLE_WORDS.has(word));
  const centers = await listCenters();
  const townNames = (town: string) => [town, ...centers.filter((c) => c.town === town).map((c) => c.en.town ?? '')].filter(Boolean);
  const towns = [...new Set(centers.map((c) => c.town))].filter((town) => townNames(town).some((name) => nameWords(name).every((own) => words.some((word) => fitsTown(own, word)))));
  const ofTown = (word: string, of = towns[0]) => of !== undefined && townNames(of).flatMap(nameWords).some((own) => fitsTown(own, word));
  // «Кемеровская область», «в Кемеровском районе», "Kemerovo region" name a region, not its town (probe31 M1); a town
  // with its district after it («Кемерово, Ленинский район») is still the town.
  const region = words.some((word, i) => ofTown(word) && REGION.test(words[i + 1] ?? ''));
  const town = towns.length === 1 && !region ? towns[0]! : undefined;
  // Each word that fits a course narrows the courses meant: «поиск работы в интернете» is one, «интернет» three.
  const meantOf = (courses: Course[]) => {
    let meant: string[] | undefined;
    for (const word of courseWords.filter((w) => w.length >= 4 && !ofTown(w) && !ANY_COURSE.test(w))) {
      const fitting = courses.filter((c) => [c.title.ru, c.title.en, c.short.ru, c.short.en].some((title) => nameWords(title).some((own) => fitsCourse(own, word)))).map((c) => c.id);
      if (fitting.length > 0) meant = (meant ?? fitting).filter((id) => fitting.includes(id));
    }
    return meant?.length === 1 ? meant[0] : undefined;
  };
  const course = meantOf(await listCourses());
  // A course the coordinator stopped offering, named when no offered one is: the join says so above its courses (walk36:
  // «хочу на госуслуги» got «Не получилось понять», «хочу записаться на госуслуги» a list without it and no word why).
  const paused = course ? undefined : meantOf(await listStoppedCourses());
  return { ...(course ? { course } : {}), ...(paused ? { paused } : {}), ...(town ? { town } : {}) };
}

/** How many letters two words begin with alike. */
function same(a: string, b: string): number {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common;
}

/** How many letters one word is off another: a letter put in, left out or changed (Levenshtein distance). */
function lettersOff(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}
