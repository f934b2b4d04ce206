import { wordsTyped } from './text.js';

/*
 * "Да" / "нет" typed instead of pressing the yes or no button (walk s21 W21-05): older people answer a question the
 * way they would answer a person. Only whole short answers count ("да", "нет, спасибо" is not read), and a caller
 * takes one only where a screen has exactly one clear yes (or no) button. «Yes, I agree», «that's right», «correct»,
 * «всё правильно» too (walk29 W29-10).
 */
const YES = /^(да|да да|ага|угу|конечно|хорошо|ладно|ок|окей|ok|okay|yes|yeah|yep|sure|of course|согласна|согласен|я согласна|я согласен|да согласна|да согласен|согласие даю|верно|все верно|подтверждаю|i agree|agree|yes i agree|yes agree|правильно|все правильно|да правильно|да все правильно|да верно|да все верно|that s right|thats right|that is right|yes that s right|correct|yes correct|all correct|that s correct)$/;
const NO = /^(нет|неа|не надо|не хочу|не согласна|не согласен|no|nope|not now)$/;

/** «Ok, I agree», «хорошо, согласна», «да, конечно»: a yes after a word of assent is a yes too (walk30 W30-11). */
const ASSENT = /^(ok|okay|ок|окей|хорошо|ладно|да|yes|sure|конечно) /;

/** 'yes', 'no', or undefined for anything else; 👍 alone is a yes. */
export function yesNoOfWords(text: string): 'yes' | 'no' | undefined {
  if (/^\s*👍[\u{1F3FB}-\u{1F3FF}]?\s*$/u.test(text)) return 'yes';
  const plain = wordsTyped(text);
  // «Да, всё правильно, записывайте»: the request after a yes says it again (walk35w); never after a no.
  const yes = plain.replace(/(?<=\S) (записывайте|запишите|записывай|запиши|оформляйте|отправляйте)$/, '');
  if (YES.test(yes) || (ASSENT.test(yes) && YES.test(yes.replace(ASSENT, '')))) return 'yes';
  return NO.test(plain) ? 'no' : undefined;
}
