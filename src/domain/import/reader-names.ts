import type { Locale } from '../../notify/notifier.js';
import { listCenters, listCourses } from '../catalog.js';
import type { MatchToConfirm } from './classify.js';
import { centerPlace, centerWords, nameInTown } from '../center-names.js';
import { canManageCenter, type Role } from '../roles.js';

/**
 * The names of the role's centers as the import takes them, shortest form: the
 * town where it has one center, "town, name" where not; in the reader's language.
 * Said after a list of which no row could be added, so the person can fix the file (walk s18 #8).
 */
export async function knownCenterNames(role: Role, locale: Locale): Promise<string[]> {
  const centers = await listCenters();
  const perTown = new Map<string, number>();
  for (const c of centers) perTown.set(c.town, (perTown.get(c.town) ?? 0) + 1);
  return centers
    .filter((c) => canManageCenter(role, c.id))
    .map((c) => (perTown.get(c.town) === 1 ? centerWords(c, locale).town : centerPlace(c, locale, ', ')));
}

/**
 * The matches to confirm, labelled in the reader's language: an English-speaking
 * coordinator who typed "Gogol" is asked about "Gogol Library, Kemerovo", not
 * the Russian name (the decision is kept by key and id, so nothing else changes).
 */
export async function inReaderWords(matches: MatchToConfirm[], locale: Locale): Promise<MatchToConfirm[]> {
  if (locale === 'ru' || matches.length === 0) return matches;
  const [centers, courses] = await Promise.all([listCenters(), listCourses()]);
  return matches.map((m) => {
    const course = (id: string, label: string) => courses.find((c) => c.id === id)?.title[locale] ?? label;
    if (m.kind === 'course') return { ...m, label: course(m.id, m.label), ...(m.also ? { also: m.also.map((a) => ({ ...a, label: course(a.id, a.label) })) } : {}) };
    const center = centers.find((c) => c.id === m.id);
    if (!center) return m;
    const words = centerWords(center, locale);
    return { ...m, label: nameInTown(words.name, words.town) };
  });
}

/**
 * What a name in the file may be instead of the guess: the courses, or the role's centers (a librarian's rows
 * of another center would be rejected anyway), as buttons in the reader's language.
 */
export async function matchAlternatives(kind: 'center' | 'course', role: Role, locale: Locale): Promise<Array<{ id: string; label: string }>> {
  if (kind === 'course') return (await listCourses()).map((c) => ({ id: c.id, label: c.title[locale] }));
  return (await listCenters()).filter((c) => canManageCenter(role, c.id)).map((c) => ({ id: c.id, label: centerPlace(c, locale, ', ') }));
}

/** A center's name as the import's questions say it ("Топки, Библиотека семейного чтения"), in the reader's language. */
export async function centerInReaderWords(id: string, locale: Locale): Promise<string> {
  const center = (await listCenters()).find((c) => c.id === id);
  return center ? centerPlace(center, locale, ', ') : id;
}
