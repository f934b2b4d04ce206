/**
 * Russian letters in Latin ones, as Russian passports write names (ICAO
 * 9303, "Шахтёров" → "Shakhterov"), so that an English speaker can read a
 * street sign or say a name on the phone. Used only where no English text was
 * entered: an English screen never shows Cyrillic.
 */
const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

export function transliterate(text: string): string {
  return text.replace(/[\u0400-\u04FF]/g, (letter) => {
    const lower = letter.toLowerCase();
    const latin = LETTERS[lower] ?? '';
    return letter === lower || latin === '' ? latin : latin[0]!.toUpperCase() + latin.slice(1);
  });
}

export const hasCyrillic = (text: string) => /[\u0400-\u04FF]/.test(text);
