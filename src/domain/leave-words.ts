import { wordsTyped } from './text.js';

/**
 * Leaving a group or a line in her own words (walk30 W30-10): «хочу отписаться», «отпишите меня», «отписатся от
 * курса», «не буду ходить», «больше не смогу ходить», «отказаться от места» (the button's words), «выйти совсем»,
 * anywhere in a short message («я болею больше не смогу ходить хочу отписатся от курса»). «Не буду ходить в четверг»
 * is one lesson missed (cant-come.ts), and a message about someone else («отпишите маму») is not hers.
 */
export interface LeaveWish {
  /** The words after the ones that say it: a course's name, perhaps. */
  after: string;
}

const MOST_WORDS = 24;
const SAYS = new RegExp(
  [
    'отпи[сш]\\p{L}*', 'выпи[сш]\\p{L}*', 'отказ\\p{L}* от места', 'освободить место', 'выйти совсем', 'уйти совсем', 'бросить курс',
    '(?:выйти|уйти) из (?:очереди|списка|группы)', 'больше не (?:смогу|буду|могу|приду)(?: (?:ходить|приходить))?',
    'не буду (?:больше )?ходить', 'не смогу больше ходить',
    'unsubscribe', 'give up (?:my|the) (?:seat|place)', 'stop (?:coming|attending)', 'quit (?:the )?(?:course|group|class)',
    'leave (?:the )?(?:group|course|list|line|queue|waiting list)',
  ].join('|'),
  'u',
);
const PHRASE = new RegExp(`(?:^| )(?:${SAYS.source})(?= |$)`, 'u');
/** A day named: one lesson, not the group. */
const DAY = /(?:^| )(?:сегодня|завтра|послезавтра|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|today|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?= |$)/;
/** Someone else: «отпишите маму», «за бабушку» (not this person's entry). */
const SOMEONE_ELSE = /(?:^| )(?:мам\p{L}*|пап\p{L}*|бабушк\p{L}*|дедушк\p{L}*|муж\p{L}*|жен\p{L}*|сын\p{L}*|доч\p{L}*|внук\p{L}*|внучк\p{L}*|сестр\p{L}*|брат\p{L}*|mother|mum|mom|father|dad|husband|wife|son|daughter)(?= |$)/u;
/** Only «больше», «совсем» and the like make «не буду ходить» the whole group. */
const FOR_GOOD = /(?:^| )(?:больше|совсем|вообще|отпи[сш]\p{L}*|выпи[сш]\p{L}*|отказ\p{L}*)(?= |$)/u;

/** Undefined: the message does not say she is leaving. */
export function readLeaveWish(text: string): LeaveWish | undefined {
  const plain = wordsTyped(text);
  if (!plain || plain.split(' ').length > MOST_WORDS || SOMEONE_ELSE.test(plain)) return undefined;
  const found = PHRASE.exec(plain);
  if (!found) return undefined;
  if (DAY.test(plain) && !FOR_GOOD.test(plain)) return undefined;
  return { after: plain.slice(found.index + found[0].length).trim() };
}
