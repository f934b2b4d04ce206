/**
 * Text typed by one person and shown to another (names, center details,
 * broadcasts) must not pass for the bot's own structure: a name with line
 * breaks could fake extra roster lines, bidirectional controls could reorder
 * what a librarian reads, and other control characters can break a message
 * or a file. These two functions clean such text once, where it comes in.
 */

// Line and paragraph separators, control characters (C0, DEL, C1) and the bidirectional controls.
const BREAKS_AND_CONTROLS = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// The same without the line feed: what a multi-line text may keep.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_NEWLINE = /[\0-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, tags …):
// they hide inside a name, so two names that look the same differ, or a name hides text. The zero-width
// joiner is kept only between two emoji, where it builds one picture (👩‍💻).
const FORMAT_BUT_JOINER = /(?!\u200D)\p{Cf}/gu;
const LONE_JOINER = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

// Letters that draw nothing (Hangul fillers, the blank Braille pattern, Khmer inherent vowels) pass for a space, and
// the combining grapheme joiner for nothing: a name or a broadcast made only of them looks empty (probe s19 #14).
const BLANK_LETTERS = /\u115F|\u1160|\u3164|\uFFA0|\u2800|\u17B4|\u17B5/gu;

/** Removes the invisible format characters (bidirectional controls are handled by the callers: they become spaces). */
function withoutFormatCharacters(text: string): string {
  return text.replace(FORMAT_BUT_JOINER, '').replace(LONE_JOINER, '').replace(/\u034F/gu, '').replace(BLANK_LETTERS, ' ');
}

/**
 * One line of plain text: every line break and control character becomes a
 * space, invisible format characters go, runs of spaces become one, the ends are trimmed.
 *
 * @example
 * singleLine('Иван\n✅ Записан: Пётр') // 'Иван ✅ Записан: Пётр'
 */
export function singleLine(text: string): string {
  return withoutFormatCharacters(text.normalize('NFC').replace(BREAKS_AND_CONTROLS, ' ')).replace(/\s+/gu, ' ').trim();
}

/**
 * Several lines (a broadcast): line breaks stay (Windows and old Mac line ends
 * become "\n"), other control characters go, at most two empty lines in a row.
 */
export function multiLine(text: string): string {
  return withoutFormatCharacters(text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS_BUT_NEWLINE, (c) => (c === '\t' ? ' ' : '')))
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/**
 * Words as a person counts them: a run of characters between spaces that has a
 * letter or a digit ("10:00" is a word; "—", "•" are not), and a phone number
 * written in groups ("+7 923 123-45-67") is one. A screen is read on a phone: at
 * most 60 words a message (issue 16).
 */
export function wordsOf(text: string): number {
  return text
    .replace(PHONE_IN_GROUPS, 'phone')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
const PHONE_IN_GROUPS = /\+\d+(?:[ -]\d+)+/g;

/** Latin letters that look like Cyrillic ones (lower case), and those Cyrillic letters. */
const LATIN_LOOK_ALIKES = 'aceopxykmthb';
const CYRILLIC_LOOK_ALIKES = 'асеорхукмтнв';

/** One letter of a label as typed: ё as е, and a Latin look-alike for a Cyrillic letter ("Hазад" is "Назад", walk s21 W21-06). */
function letterPattern(letter: string): string {
  if (/[её]/i.test(letter)) return '[еёe]';
  const latin = LATIN_LOOK_ALIKES[CYRILLIC_LOOK_ALIKES.indexOf(letter.toLowerCase())];
  if (latin) return `[${letter}${latin}]`;
  return letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches a button's label as a person may type it instead of tapping (older
 * people often do): any case, without the emoji or mark before it, ё as е.
 *
 * @example
 * sameAsLabel('🔢 Моё место в очереди').test('мое место в очереди') // true
 */
export function sameAsLabel(label: string): RegExp {
  const core = label.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)»"]+$/gu, '');
  const pattern = core
    .split(/\s+/)
    .map((word) => [...word].map(letterPattern).join(''))
    .join('\\s+');
  return new RegExp(`^[^\\p{L}\\p{N}]*${pattern}[^\\p{L}\\p{N}]*$`, 'iu');
}

/**
 * A Latin letter that looks like a Cyrillic one, inside a word with Cyrillic letters, is that Cyrillic letter: a
 * phone's keyboard slips (a Latin "c" in "запиcаться", walk s21 W21-06). Lower case; words all in Latin stay as they are.
 *
 * @example
 * foldLookAlikes('запиcаться') // 'записаться' (Cyrillic с)
 */
export function foldLookAlikes(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{L}]+/gu, (word) => (/\p{Script=Cyrillic}/u.test(word) ? word.replace(/[aceopxykmthb]/g, (c) => CYRILLIC_LOOK_ALIKES[LATIN_LOOK_ALIKES.indexOf(c)]!) : word));
}

/** Letters and digits as a person may type them: any case, ё as е, Latin look-alikes in a Cyrillic word folded, one space between words, no marks around. */
export const wordsTyped = (text: string) => foldLookAlikes(text).replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The one label that starts with what was typed (at least three letters): "основы" for «Основы компьютерной
 * грамотности», "кем" for «Кемерово» (walk s20 #3). -1 when none does, or more than one: only a match that can
 * mean one button counts.
 *
 * @example
 * labelStartedBy(['Основы компьютерной грамотности', 'Госуслуги онлайн'], 'основы') // 0
 */
export function labelStartedBy(labels: string[], typed: string): number {
  const found = labelsStartedBy(labels, typed);
  return found.length === 1 ? found[0]! : -1;
}

/** Every label that starts with what was typed (at least three letters). */
function labelsStartedBy(labels: string[], typed: string): number[] {
  const start = wordsTyped(typed);
  if ((start.match(/[\p{L}\p{N}]/gu) ?? []).length < 3) return [];
  return labels.flatMap((label, i) => (wordsTyped(label).startsWith(start) ? [i] : []));
}

/**
 * The one label that has every word typed as (the start of) one of its words, one of them at least four letters:
 * a center typed by its usual name, "гоголя", "поляна", "фёдорова" (walk s21 W21-06). -1 when none or several.
 *
 * @example
 * labelWithWords(['Библиотека имени Н. В. Гоголя', 'Областная научная библиотека имени В. Д. Фёдорова'], 'гоголя') // 0
 */
export function labelWithWords(labels: string[], typed: string): number {
  const found = labelsWithWords(labels, typed);
  return found.length === 1 ? found[0]! : -1;
}

/**
 * A word typed as this word of a label: its start, or the word with another short ending: "basics" for "Basic",
 * "интернета" for "Интернет", "грамотность" for "грамотности", "основам" for "основы" (walk s22 W22-02).
 */
export function sameWord(own: string, typed: string): boolean {
  // A soft or hard sign left out (or put in) is the commonest slip: «прокопевск» for «Прокопьевск» (walk35w).
  return closeWord(own, typed) || closeWord(own.replace(/[ьъ]/g, ''), typed.replace(/[ьъ]/g, ''));
}

function closeWord(own: string, typed: string): boolean {
  if (own.startsWith(typed)) return true;
  let common = 0;
  while (common < own.length && own[common] === typed[common]) common++;
  return common >= Math.min(4, own.length - 1) && common >= 3 && own.length - common <= 2 && typed.length - common <= 4;
}

/** Little words a label need not have: "в Юрге", "in Yurga" (never "не": "не утром" is not "Утром"). */
export const LITTLE_WORDS = new Set(['в', 'во', 'на', 'и', 'к', 'с', 'по', 'у', 'из', 'in', 'at', 'to', 'of', 'the', 'a', 'and', 'for', 'on']);

/** Every label that has every word typed (one of them at least four letters; little words left out) as one of its words. */
function labelsWithWords(labels: string[], typed: string): number[] {
  const words = wordsTyped(typed).split(' ').filter((word) => word && !LITTLE_WORDS.has(word));
  if (!words.some((word) => word.length >= 4)) return [];
  return labels.flatMap((label, i) => {
    const own = wordsTyped(label).split(' ');
    return words.every((word) => own.some((w) => sameWord(w, word))) ? [i] : [];
  });
}

/**
 * The labels typed text may mean, for a question of buttons: the one label it starts, else the one with its words;
 * when neither is one, all it could be ("интернете" for three courses: asked which, naming them; walk s22 W22-02).
 * A single word that other labels hold too is asked about even when one label starts with it ("интернет" with
 * «Интернет и электронная почта» and «Безопасный интернет», walk28 W28-02); two words or more keep the start rule.
 *
 * @example
 * labelsMeant(['Основы компьютерной грамотности', 'Безопасный интернет', 'Поиск работы в интернете'], 'интернете') // [1, 2]
 */
export function labelsMeant(labels: string[], typed: string): number[] {
  const started = labelsStartedBy(labels, typed);
  const worded = labelsWithWords(labels, typed);
  const oneWord = wordsTyped(typed).split(' ').filter((word) => word && !LITTLE_WORDS.has(word)).length === 1;
  if (started.length === 1 && !(oneWord && worded.some((i) => i !== started[0]))) return started;
  if (worded.length === 1) return worded;
  return [...new Set([...started, ...worded])].sort((a, b) => a - b);
}

/** Words that turn a sentence around ("не утром", "not in the morning"): such a sentence is never read for a label's word. */
export const NEGATIONS = new Set(['не', 'ни', 'без', 'not', 'don', 'never', 'nor']);

/**
 * The one short label (one or two words) a short sentence names by one of its words: «лучше днём», «нет, лучше
 * Новокузнецк», «а в Юрге можно?» (walk28 W28-01). -1 unless exactly one label is meant by the words (each read
 * alone, as a label typed), the sentence has two to six words and no negation.
 *
 * @example
 * labelInSentence(['Утром', 'Днём', 'Вечером', 'Не важно'], 'лучше днём') // 1
 */
export function labelInSentence(labels: string[], typed: string): number {
  const words = wordsTyped(typed).split(' ').filter((word) => word && !LITTLE_WORDS.has(word));
  if (words.length < 2 || words.length > 6 || words.some((word) => NEGATIONS.has(word))) return -1;
  // Only short labels (a time, a town): one word of a long one says little («компьютерные курсы» is not a course).
  const short = (i: number) => wordsTyped(labels[i]!).split(' ').length <= 2;
  const found = new Set(words.flatMap((word) => {
    const meant = labelsMeant(labels, word);
    return meant.length === 1 && short(meant[0]!) ? meant : [];
  }));
  return found.size === 1 ? [...found][0]! : -1;
}

