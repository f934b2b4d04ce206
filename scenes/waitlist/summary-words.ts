import { wordsTyped } from '../../src/domain/text.js';
import { normalizeName, validateName } from './validators.js';

/*
 * Words typed at the join's summary (walk30 W30-04): «меня зовут Кулешова Зинаида Ивановна» is the name; «изменить
 * имя», «имя неправильное», «поменять телефон» open that one question (not «Что изменить?» first).
 */

export type SummaryField = 'course' | 'center' | 'time' | 'name' | 'phone';

/** What each answer is called, in either language (words folded by wordsTyped: lower case, ё as е). */
const FIELDS: Array<[SummaryField, RegExp]> = [
  ['name', /(^| )(имя|имени|фамили\S*|отчеств\S*|зовут|name|surname)( |$)/],
  ['phone', /(телефон\S*|номер\S*|phone|number)/],
  ['center', /(центр\S*|библиотек\S*|адрес\S*|город\S*|center|centre|library|town)/],
  ['course', /(^| )(курс\S*|course)( |$)/],
  ['time', /(^| )(время|времени|утр\S*|дн[её]м|вечер\S*|time)( |$)/],
];
/** A wish to change, or a word that something is wrong. */
const CHANGE = /(измени|исправ|поменя|смени|неправильн|неверн|не так|ошиб|не то|change|wrong|correct|fix|edit)/;
/** The name said outright. */
const NAME_SAID = /^(?:меня зовут|мое имя|моё имя|имя\s*:|my name is|name\s*:)\s*(.+)$/i;

/** The name typed in `text`, or the one answer it asks to change; undefined for anything else. */
export function summaryWords(text: string): { name: string } | { field: SummaryField } | undefined {
  const words = wordsTyped(text.toLowerCase());
  if (words.split(' ').length > 10) return undefined;
  const said = NAME_SAID.exec(text.trim())?.[1]?.trim();
  if (said && !CHANGE.test(wordsTyped(said.toLowerCase())) && validateName(said) === undefined) return { name: normalizeName(said) };
  if (!CHANGE.test(words)) return undefined;
  const fields = FIELDS.filter(([, pattern]) => pattern.test(words)).map(([field]) => field);
  return fields.length === 1 ? { field: fields[0]! } : undefined;
}
