import { wordsTyped } from '../../domain/text.js';

/** What a message of courtesy words alone says; nothing else may be in it («спасибо, а когда занятие?» is a question). */
export type Courtesy = 'thanks' | 'hello' | 'bye' | 'ok';

/** Courtesy phrases, as wordsTyped gives them; a message of several («спасибо, до свидания») is its first kind here. */
const PHRASES: Array<[Courtesy, string[]]> = [
  ['thanks', ['спасибо', 'спс', 'благодарю', 'большое', 'огромное', 'вам', 'вас', 'всем', 'тебе', 'thank you', 'thanks', 'thx', 'very much', 'so much', 'a lot']],
  ['hello', ['здравствуйте', 'здравствуй', 'здрасте', 'привет', 'добрый день', 'добрый вечер', 'доброе утро', 'доброго дня', 'доброго времени суток', 'hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening']],
  ['bye', ['до свидания', 'всего доброго', 'всего хорошего', 'пока', 'bye', 'goodbye', 'see you']],
  ['ok', ['ок', 'окей', 'ok', 'okay', 'хорошо', 'понятно', 'ясно', 'ладно', 'поняла', 'понял', 'got it', 'fine', 'good']],
];

/**
 * «Спасибо!», «Добрый день», «До свидания», «Хорошо» typed outside any flow, when nothing else took the words
 * (walk35: a grandmother's «спасибо большое» was told «Не получилось понять сообщение»). Undefined when any other
 * word is in the message.
 */
export function courtesyOfWords(text: string): Courtesy | undefined {
  let rest = ` ${wordsTyped(text)} `;
  if (rest.trim() === '') return undefined;
  let first: Courtesy | undefined;
  for (const [kind, phrases] of PHRASES) {
    // Longer phrases first, so «добрый день» goes before a word of it.
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
      if (!rest.includes(` ${phrase} `)) continue;
      rest = rest.split(` ${phrase} `).join('  ');
      first ??= kind;
    }
  }
  return rest.trim() === '' ? first : undefined;
}
