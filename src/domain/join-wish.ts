import { listCenters, listCourses } from './catalog.js';
import { LITTLE_WORDS, NEGATIONS, sameWord, wordsTyped } from './text.js';

/** Words every course of the programme is about: «компьютерные курсы» names none of them. */
const ANY_COURSE = /^(компьютер|computer)/;

/**
 * The course and the town named in the words that begin a join («хочу записаться на госуслуги в Топках», "I want to
 * join a course in Topki": walk30 W30-11), so the join does not ask them again. A town is named when every word of
 * its name (Russian or English) is among the words, in any ending («в Топках», «в Ленинске-Кузнецком»); a course
 * when the words that name a course (not the town's) all fit one course only: «госуслуги», «поиск работы в
 * интернете»; «интернет» alone fits three, and «компьютерные курсы» every one, so none is taken. Nothing is taken
 * from words with a «не» in them.
 */
export async function joinWishOf(text: string): Promise<{ course?: string; town?: string }> {
  const words = wordsTyped(text).split(' ').filter((word) => word && !LITTLE_WORDS.has(word));
  if (words.some((word) => NEGATIONS.has(word))) return {};
  // A typed word is a word of a name when it is that word with another ending, and not just a short start of it.
  const fits = (own: string, word: string) => word.length >= Math.min(own.length, 4) && sameWord(own, word);
  const nameWords = (name: string) => wordsTyped(name).split(' ').filter((word) => word && !LITTLE_WORDS.has(word));
  const centers = await listCenters();
  const townNames = (town: string) => [town, ...centers.filter((c) => c.town === town).map((c) => c.en.town ?? '')].filter(Boolean);
  const towns = [...new Set(centers.map((c) => c.town))].filter((town) => townNames(town).some((name) => nameWords(name).every((own) => words.some((word) => fits(own, word)))));
  const town = towns.length === 1 ? towns[0]! : undefined;
  const ofTown = (word: string) => town !== undefined && townNames(town).flatMap(nameWords).some((own) => fits(own, word));
  // Each word that fits a course narrows the courses meant: «поиск работы в интернете» is one, «интернет» three.
  let meant: string[] | undefined;
  for (const word of words.filter((w) => w.length >= 4 && !ofTown(w) && !ANY_COURSE.test(w))) {
    const fitting = (await listCourses()).filter((c) => [c.title.ru, c.title.en, c.short.ru, c.short.en].some((title) => nameWords(title).some((own) => fits(own, word)))).map((c) => c.id);
    if (fitting.length > 0) meant = (meant ?? fitting).filter((id) => fitting.includes(id));
  }
  const course = meant?.length === 1 ? meant[0] : undefined;
  return { ...(course ? { course } : {}), ...(town ? { town } : {}) };
}
