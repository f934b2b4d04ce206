/**
 * Names typed with a slip (walk34 W34-14): «Тихонв», «Тихоноф», «тихонова» for Тихонов. A word of the search of
 * NEAR_MIN_LETTERS letters or more also finds a name with a word beginning within one edit of it (a letter missing,
 * extra, another, or two swapped), ё as е and any case. The database reads only those names (nearPattern, with
 * the search's own limit), and each is checked here again (isNear): nobody is scanned in JS.
 */

/** Shorter words stay exact: one edit of «Ким» or «Анна» is many other names. */
export const NEAR_MIN_LETTERS = 5;

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
const escape = (ch: string) => (/[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch === 'е' ? '[её]' : ch);

/** Longer words stay exact too: their pattern would grow past what a database takes gladly (four alternatives a letter). */
const NEAR_MAX_LETTERS = 20;

/** Whether a typed word is long enough to be read with a slip, and short enough for its pattern. */
export const mayBeNear = (word: string) => {
  const letters = [...word].filter((ch) => /\p{L}/u.test(ch)).length;
  return letters >= NEAR_MIN_LETTERS && [...word].length <= NEAR_MAX_LETTERS;
};

/**
 * A regular expression (its source, for `$regex` with `i`) that a name matches when it holds the word with at most
 * one slip: each letter left out, each letter another, a letter more at each place, two neighbours swapped.
 */
export function nearPattern(word: string): string {
  const w = [...fold(word)];
  const part = (chars: string[]) => chars.map(escape).join('');
  const alternatives = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    alternatives.add(part(w.slice(0, i)) + '.' + part(w.slice(i)));
    if (i < w.length) {
      alternatives.add(part(w.slice(0, i)) + '.' + part(w.slice(i + 1)));
      alternatives.add(part([...w.slice(0, i), ...w.slice(i + 1)]));
    }
    if (i + 1 < w.length) alternatives.add(part([...w.slice(0, i), w[i + 1]!, w[i]!, ...w.slice(i + 2)]));
  }
  return [...alternatives].join('|');
}

/** Whether some word of `name` begins within one slip of `word` (as nearPattern reads it, but from a word's start). */
export function isNear(word: string, name: string): boolean {
  const w = fold(word);
  return fold(name)
    .split(/[\s-]+/u)
    .some((n) => [w.length - 1, w.length, w.length + 1].some((k) => k <= n.length && slips(w, n.slice(0, k)) <= 1));
}

/** Optimal string alignment distance (a swap of neighbours is one slip), enough to tell 0, 1 and more apart. */
function slips(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
