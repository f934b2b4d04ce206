/**
 * Informal names of centers and courses ("ОНБ им. Фёдорова", "Белово ЦГБ",
 * "Интернет и эл. почта") to catalog ids. Token-based: both sides are split
 * into words after expanding the abbreviations libraries use; a word matches
 * another when one starts with the other (so "эл" matches "электронная"). The
 * score is the Dice coefficient of matched words. Anything but an exact match
 * is shown to the person for confirmation.
 */

export interface CatalogItem {
  id: string;
  /** Every name this item is known by (Russian and English titles, the town, the full name). */
  names: string[];
  /** Shown to the person. */
  label: string;
}

export type Match =
  | { kind: 'exact'; id: string }
  /** `also`: other items that score better than the guess (asked about as buttons next to it, walk s22 W22-09). */
  | { kind: 'fuzzy'; id: string; score: number; also?: string[] }
  | { kind: 'none' };

const ABBREVIATIONS: Record<string, string> = {
  онб: 'областная научная библиотека',
  оунб: 'областная универсальная научная библиотека',
  цгб: 'центральная городская библиотека',
  црб: 'центральная районная библиотека',
  цб: 'центральная библиотека',
  цбс: 'централизованная библиотечная система',
  гб: 'городская библиотека',
  рб: 'районная библиотека',
  б: 'библиотека',
  бка: 'библиотека',
  библ: 'библиотека',
  эл: 'электронная',
  эп: 'электронная почта',
  пк: 'компьютер',
  нк: 'новокузнецк',
  кем: 'кемерово',
  'e-mail': 'электронная почта',
  email: 'электронная почта',
};

/** Words that carry no meaning for matching. */
const STOP = new Set(['им', 'имени', 'im', 'imeni', 'и', 'в', 'на', 'по', 'для', 'г', 'город', 'ул', 'пр', 'and', 'the', 'of', 'курс', 'course', 'д']);

export function tokens(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/б-ка/g, 'бка')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const expanded = ABBREVIATIONS[w];
    if (expanded) out.push(...expanded.split(' '));
    else if (!STOP.has(w) && w.length > 1) out.push(w);
  }
  return out;
}

const plain = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** "почта" ~ "почты", "эл" ~ "электронная", "федорова" ~ "федорова": a shared start long enough for the shorter word. */
function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) return true;
  // Russian endings differ ("Кемерово"/"Кемеровская"): a common stem of 5 letters counts.
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 5 && common >= short.length - 2;
}

export function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const used = new Set<number>();
  let matched = 0;
  for (const word of a) {
    const j = b.findIndex((other, k) => !used.has(k) && wordsMatch(word, other));
    if (j >= 0) {
      used.add(j);
      matched++;
    }
  }
  return (2 * matched) / (a.length + b.length);
}

const MIN_SCORE = 0.5;
/** The best must beat the second by this much, or the name is ambiguous (many towns have a "ЦГБ"). */
const MIN_MARGIN = 0.1;

/** Whether `name`'s words begin with `words`, in order ("Интернет" begins "Интернет и электронная почта"). */
const startsWithWords = (name: string[], words: string[]) => words.length <= name.length && words.every((w, i) => wordsMatch(w, name[i]!));

/** Other items shown next to the guess, at most. */
const MAX_ALSO = 2;

/**
 * `preferStart` (courses, walk s22 W22-09): a name typed as the start of an item's name ("Интернет") means that item
 * ("Интернет и электронная почта") rather than one that merely contains it ("Безопасный интернет", the higher score);
 * the items that score better come along in `also`, so staff choose between them with one tap.
 */
export function matchName(text: string, items: readonly CatalogItem[], { preferStart = false } = {}): Match {
  const wanted = plain(text);
  if (wanted === '') return { kind: 'none' };
  for (const item of items) {
    if (item.id.toLowerCase() === text.trim().toLowerCase() || item.names.some((n) => plain(n) === wanted)) return { kind: 'exact', id: item.id };
  }
  const words = tokens(text);
  const scored = items
    .map((item) => ({ id: item.id, score: Math.max(...item.names.map((n) => similarity(words, tokens(n)))) }))
    .sort((x, y) => y.score - x.score);
  if (preferStart) {
    const fits = scored.filter((s) => s.score >= MIN_SCORE);
    const guess = fits.find((s) => items.find((i) => i.id === s.id)!.names.some((n) => startsWithWords(tokens(n), words)));
    if (guess) {
      // The ones the words' score prefers (they contain the name elsewhere): offered too, the guess first.
      const also = fits.filter((s) => s.score > guess.score).slice(0, MAX_ALSO).map((s) => s.id);
      return { kind: 'fuzzy', id: guess.id, score: Math.round(guess.score * 100) / 100, ...(also.length ? { also } : {}) };
    }
  }
  const [best, second] = scored;
  if (!best || best.score < MIN_SCORE) return { kind: 'none' };
  if (second && best.score - second.score < MIN_MARGIN) return { kind: 'none' };
  return { kind: 'fuzzy', id: best.id, score: Math.round(best.score * 100) / 100 };
}
