/**
 * How many people a typed answer says, as a social worker writes it (walk35 L5): «6», «человек 6», «6 человек»,
 * «около 10», «шесть», «двадцать пять», «six». A range («6-7», «6–7 человек», «6 или 7», «от 6 до 7») is read as its
 * larger number: seats are planned for everyone who may come, and the summary says which number was taken from it.
 */
export interface PeopleCount {
  count: number;
  /** The two numbers typed, smaller first, when a range was typed. */
  range?: { from: number; to: number };
}

const UNITS: Record<string, number> = {
  один: 1, одна: 1, одного: 1, one: 1,
  два: 2, две: 2, двое: 2, двух: 2, two: 2,
  три: 3, трое: 3, трех: 3, three: 3,
  четыре: 4, четверо: 4, четырех: 4, four: 4,
  пять: 5, пятеро: 5, пяти: 5, five: 5,
  шесть: 6, шестеро: 6, шести: 6, six: 6,
  семь: 7, семеро: 7, семи: 7, seven: 7,
  восемь: 8, восьмеро: 8, восьми: 8, eight: 8,
  девять: 9, девятеро: 9, девяти: 9, nine: 9,
};
const TEENS: Record<string, number> = {
  десять: 10, десятеро: 10, десяти: 10, десяток: 10, ten: 10,
  одиннадцать: 11, eleven: 11, двенадцать: 12, twelve: 12, тринадцать: 13, thirteen: 13, четырнадцать: 14, fourteen: 14,
  пятнадцать: 15, fifteen: 15, шестнадцать: 16, sixteen: 16, семнадцать: 17, seventeen: 17, восемнадцать: 18, eighteen: 18,
  девятнадцать: 19, nineteen: 19,
};
const TENS: Record<string, number> = { двадцать: 20, twenty: 20, тридцать: 30, thirty: 30, сорок: 40, forty: 40, пятьдесят: 50, fifty: 50 };

/** The numbers in the text, digits and words alike («двадцать пять» and «twenty-five» one number). */
function numbersIn(text: string): number[] {
  const words = text.toLowerCase().replace(/ё/g, 'е').match(/\d+|\p{L}+/gu) ?? [];
  const numbers: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^\d+$/.test(word)) numbers.push(Number(word));
    else if (TENS[word] !== undefined) {
      const unit = UNITS[words[i + 1] ?? ''];
      numbers.push(TENS[word] + (unit ?? 0));
      if (unit !== undefined) i++;
    } else if (UNITS[word] !== undefined || TEENS[word] !== undefined) numbers.push(UNITS[word] ?? TEENS[word]!);
  }
  return numbers;
}

/** The count typed, within 1…max; undefined for none, three numbers or more, or one out of bounds. */
export function peopleCountOf(text: string, max: number): PeopleCount | undefined {
  const numbers = numbersIn(text);
  const within = (n: number) => n >= 1 && n <= max;
  if (numbers.length === 1 && within(numbers[0]!)) return { count: numbers[0]! };
  if (numbers.length !== 2 || !numbers.every(within)) return undefined;
  const [from, to] = [Math.min(...numbers), Math.max(...numbers)] as [number, number];
  return from === to ? { count: to } : { count: to, range: { from, to } };
}
