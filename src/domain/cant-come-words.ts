import { foldLookAlikes, wordsTyped } from './text.js';

/**
 * «Спасибо, не смогу прийти, заболела», «не приду завтра, заболела», «I can't come today, sorry» (walk29 W29-24): a
 * short message that says the person will not come, wherever in it the words stand, with courtesy words before and a
 * reason after. «Не знаю, смогу ли» is unsure (the bot asks); «смогу прийти» without «не», «не могу найти центр» and a
 * long message that says more are neither.
 */
export type CantComeReading = { sure: boolean; rest: string[] };

/** More words than this: a letter about something else, not "I will not come"; more than LONG, with a question, too. */
const MOST_WORDS = 24;
const LONG = 12;
/** A bare «не смогу» counts only in a message this short. */
const BARE_WORDS = 8;
const COME = '(?:прийти|придти|прийду|быть|ходить|пойти|приехать|подойти|присутствовать|come|make it|attend|be there|join)';
/** "Can't" and a verb of coming, or a word that says it alone. */
const SURE = new RegExp(
  `(?:^| )(?:я )?(?:(?:не смогу|не могу|не получится|не выйдет|не успею|не буду) ${COME}|не приду|не прийду|не пойду|не буду на занятии)(?= |$)` +
    `|(?:^| )(?:i )?(?:(?:can t|cannot|can not|won t|will not|couldn t|won t be able to|will not be able to|am not able to|am unable to|unable to) ${COME}|not coming)(?= |$)`,
);
/** "Не смогу" with no verb: only at the end of a phrase ("спасибо, не смогу.") or before the day ("не смогу завтра"). */
const BARE = /(?:^|[^\p{L}])(?:я )?(не смогу|не могу|не получится|не выйдет|i can['’]?t|i cannot|can['’]?t make it)(?=\s*(?:[,.!;…)]|$))/u;
const BARE_DAY = /(?:^| )(?:я )?(?:не смогу|не могу|не получится|i can t|i cannot) (?=(?:сегодня|завтра|послезавтра|на занятие|на урок|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|today|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?: |$))/;
/** Not sure yet: asked, never taken for "I will not come". */
const UNSURE = /(?:^| )(?:не знаю|смогу ли|получится ли|приду ли|может не|может быть не|возможно не|наверное не|не уверена|не уверен|not sure|don t know if|do not know if|maybe i can t|maybe not|might not|may not)(?= |$)/;

const IF = /(?:^| )(?:если|if|когда)(?: |$)/;

/** Undefined: the message does not say so. `rest`: its other words, for the day and the course. */
export function readCantCome(text: string): CantComeReading | undefined {
  const plain = wordsTyped(text);
  const words = plain ? plain.split(' ').length : 0;
  if (words === 0 || words > MOST_WORDS || (words > LONG && text.includes('?'))) return undefined;
  const sure = SURE.exec(plain) ?? BARE_DAY.exec(plain);
  const bare = sure || words > BARE_WORDS ? undefined : BARE.exec(foldLookAlikes(text).replace(/ё/g, 'е'));
  const phrase = sure?.[0] ?? (bare ? wordsTyped(bare[0]) : undefined);
  if (phrase === undefined) return UNSURE.test(plain) && /смогу|приду|получится|прийти|come|make it/.test(plain) ? { sure: false, rest: plain.split(' ') } : undefined;
  const at = plain.indexOf(phrase.trim());
  // «А если я не смогу прийти?», «what if I can't come»: a question about it, not the answer.
  if (IF.test(plain.slice(0, at))) return undefined;
  const rest = `${plain.slice(0, at)} ${plain.slice(at + phrase.trim().length)}`.split(' ').filter(Boolean);
  return { sure: !UNSURE.test(plain), rest };
}

/** Ill: «заболела я», «болею», «I'm sick» (walk34 W34-16). Read as «Не смогу» only where a question asked «Вы придёте?». */
const ILL = /(?:^| )(?:заболел|заболела|заболели|заболею|болею|болеет|приболел|приболела|простыл|простыла|в больнице|на больничном|ill|sick)(?= |$)/;

/** Words that turn it round: «не заболела, приду», "I'm not ill, I'll come". */
const NOT_ILL = /(?:^| )(?:не|not|no|приду|буду|смогу|come|coming)(?= |$)/;

/** A short message (up to BARE_WORDS words) that says the person is ill, without a question or a «не». */
export function saysIll(text: string): boolean {
  const plain = wordsTyped(text);
  return !text.includes('?') && plain.split(' ').length <= BARE_WORDS && ILL.test(plain) && !NOT_ILL.test(plain);
}
