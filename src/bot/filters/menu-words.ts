import { foldLookAlikes, wordsTyped } from '../../domain/text.js';
import { yesNoOfWords } from '../../domain/yes-no-words.js';
import { asksCost } from '../../domain/cost-words.js';
import { readCantCome } from '../../domain/cant-come-words.js';

/** A word's end: `\b` knows no Cyrillic letters. */
const END = '(?!\\p{L})';
/** A relative, as the one a message is about (a word's start: «маму», «бабушке», «дочь», «my mother»). */
const RELATIVE = `(?<!\\p{L})(мам[аыуеой]?${END}|мать|матер|бабушк|бабул|дедушк|пап[аыу]${END}|отц|отец|муж[аеу]?${END}|жен[аеуы]${END}|сын[аеу]?${END}|дочь|дочер|дочк|внук|внучк|сестр|брат[аеу]?${END}|родственни|свекров|тещ|mother|mom${END}|mum${END}|grandmother|grandma|grandfather|grandpa|father|dad${END}|husband|wife|son${END}|daughter|relative|sister|brother)`;
/** Done to another person: «отписать», «запишите» (not the writer's own «записаться»), «удалить», «снять», «take her off», «can my wife join» (walk34 W34-12); «бабушка хочет записаться, у неё нет телеграма» (walk35). */
const FOR_SOMEONE = `отпиш[иуе]|отписать|выпиш|выписать|удалит|удалите|сними|снять|записать${END}|запишите|запиши${END}|(?<!\\p{L})за (маму|мать|бабушку|дедушку|папу|отца|мужа|жену|сына|дочь|внука|внучку|родственника)${END}|unsubscribe|remove (her|him|them|my)|take (her|him|them|my \\p{L}+) off|sign (her|him|them|my \\p{L}+) up|(enrol|register) (her|him|them|my)|(can|could|may) (my \\p{L}+|she|he|they) (also |too )?(join|sign up|enrol|register)|хоч(ет|ют) (записаться|учиться|на курс|заниматься)|(wants|would like) to (join|sign up|enrol|learn)`;

/** "Сколько ждать?", "когда мне позвонят?": how long the wait is (walk35): "my place in line", with the answer above it. */
const HOW_LONG = /сколько( (еще|мне|нам|примерно|же))* (ждать|ожидать)|долго( (еще|мне|ли))* (ждать|ожидать)|когда( (же|мне|меня|вы|нам))* (позвонят|позвоните|позвонит|возьмут|примут|позовут)|когда( (же|мне|у меня))* (будет|освободится|дадут|появится) мест|how long|when will (i|you) (get|call|have)/;

/**
 * «А во сколько?», «в котором часу занятие?», «когда приходить?», "what time is my class?": the hour of the lesson
 * (walk36: asked under a reminder, it got «Не получилось понять»). Not the price («во сколько обойдётся»), not the clock
 * ("what time is it").
 */
const LESSON_TIME = /(^|[^а-яa-z])во сколько(?! (стоит|обойдет|обойдутся))|в котором часу|в какое время (занят|урок|приход|начина|идти|будет)|(когда|куда|во сколько) (мне |нам )?(приходить|прийти|подходить|идти)|what time(?! is it)|at what time/;

/** Whether a typed message asks how long the wait for a seat is. */
export function asksHowLong(text: string): boolean {
  return HOW_LONG.test(foldLookAlikes(text).replace(/ё/g, 'е'));
}

/** «Удалите мои данные», «отзываю согласие», "delete my data": /forget in words (walk35). Not «удалить запись» (a line). */
const FORGET_ME = /(^| )(удалит[еь]|удали|сотрите|стереть|уничтожьте|уничтожить)( пожалуйста| все| всю)* (мои|мою|свои|обо мне|персональные)( личные| персональные)* (данные|информацию|анкету|профиль)|(отзываю|отозвать|забираю) (свое |мое )?согласие|delete (all )?my (data|information|account)|erase my data|forget me|withdraw (my )?consent/;

/** Whether a typed message asks for the person's data to be deleted. */
export function asksToForget(text: string | undefined): boolean {
  return text !== undefined && !text.startsWith('/') && FORGET_ME.test(wordsTyped(text));
}

/**
 * What a person types for a main-menu button in their own words ("где я в
 * очереди?", "хочу записаться", "where is the library"), read only when no flow
 * is waiting for an answer (a name or a town is never taken for one). One key
 * at most: the first whose words occur, in this order, so "записалась, какое у
 * меня место?" is the place in line, not a new join.
 */
const MENU_WORDS: Array<[key: string, words: Pick<RegExp, 'test'>]> = [
  // Someone else's entry («я дочь …, отпишите маму», «запишите бабушку»): the bot changes only the writer's own (walk30
  // W30-05: the daughter was put into a join of her own). Before every other key: «записана … курс» is not her join.
  ['menu-relative', new RegExp(`^(?=[^]*${RELATIVE})(?=[^]*(${FOR_SOMEONE}))`, 'u')],
  // «Сколько стоит обучение?» is a question about money, not a join (walk35w: «обучени» started one).
  ['menu-cost', { test: asksCost }],
  // "Leave the list" is done from the place-in-line card.
  // "Когда у меня занятие?", "где это?": the list says when and where the next lesson is (walk s21 W21-10).
  // A new phone or another time of day is changed from there too (walk s22 W22-05).
  ['menu-place', new RegExp(`${HOW_LONG.source}|${LESSON_TIME.source}|` + /(сменить|поменять|изменить|другой|новый|мой) (номер|телефон)|(сменить|поменять|изменить|другое) время|заниматься (утром|днем|вечером)|change (my )?(phone|number|time)|new (phone|number)|когда.*заняти|где.*заняти|^где это\s*\??$|when\b.*\b(class|lesson)|where\b.*\b(my|the) (class|lesson)|очеред|мое место|каком( я)? месте|какое( у меня)? место|номер в списке|выйти из|отменить запись|удалить запись|my place|place in (the )?line|queue|waiting list|where am i|leave the list/.source)],
  // «Запишите меня»: her own join (the relative's «запишите маму» is taken above; walk31 W31-01).
  // Typed as said, with a senior's spelling: «хочю научится», «научите меня» (walk35w).
  ['menu-join', /запис|запиш|хоч[уюь] (на )?курс|хоч[уюь] (на)?учит|учит?ь?ся|научит|обучени|\bjoin\b|sign ?up|enrol|register/],
  ['menu-centers', /центр|адрес|где наход|рядом|ближайш|библиотек|\bcent(er|re)s?\b|address|nearest|near me|library/],
  // "Is the class in English?": help says the classes are taught in Russian (walk s22 W22-19).
  ['menu-help', /помо[щг]|как (это )?работает|что (ты )?умеешь|\bhelp\b|how does (it|this) work|in english|in russian|what language/],
];

/** "Когда у меня занятие?", "where is my class": a question about a group's lessons (walk s22 W22-04). */
const CLASS_QUESTION = new RegExp(`${/когда.*заняти|где.*заняти|^где это\s*\??$|when\b.*\b(class|lesson)|where\b.*\b(my|the) (class|lesson)/.source}|${LESSON_TIME.source}`);

/** Whether a typed message asks when or where the person's lessons are. */
export function asksAboutLessons(text: string): boolean {
  return CLASS_QUESTION.test(foldLookAlikes(text).replace(/ё/g, 'е'));
}

/**
 * «Меня уже записали в библиотеке», «бабушку записали в библиотеке», "the library signed me up": the words of the /start
 * button that links a record made at a desk (walk36: typed, they began a join of the writer's own).
 */
const SIGNED_UP_AT_LIBRARY = /(меня|нас|ее|его|\p{L}+(у|ю)) (уже )?записали|записали (\p{L}+ )?(уже )?(в|через) (библиотек|центр|больниц)|уже записан[аы]?( \p{L}+)? (в|через) (библиотек|центр)|библиотек\p{L}* (уже )?(меня |нас )?записал|(library|librarian) (has |have )?(already )?(signed|registered|enrolled|put)|already (signed|registered|enrolled) (me )?(up )?(at|in|by) the library/u;

/** Whether a typed message says the library (or a partner) already signed the writer, or a relative, up. */
export function saysSignedUpAtLibrary(text: string): boolean {
  return !text.startsWith('/') && SIGNED_UP_AT_LIBRARY.test(foldLookAlikes(text).replace(/ё/g, 'е'));
}

/** The main-menu key a typed message means, or undefined. Commands are never words. */
export function menuKeyOfWords(text: string): string | undefined {
  if (text.startsWith('/')) return undefined;
  // A Latin look-alike in a Russian word ("запиcаться" with a Latin c) is read as the Russian letter (walk s21 W21-06).
  const plain = foldLookAlikes(text).replace(/ё/g, 'е');
  return MENU_WORDS.find(([, words]) => words.test(plain))?.[0];
}

/**
 * An answer to a seat offer typed instead of pressed ("приду", "✓ Приду", "не смогу", "can't come", and "да" / "нет":
 * walk s21 W21-05): 'acc' or 'dec'; the offers feature takes it when the person has exactly one open offer (walk s20 #43).
 */
export function offerAnswerOfWords(text: string): 'acc' | 'dec' | undefined {
  const said = answerInWords(text);
  return said === 'acc' && notThisTime(text) ? undefined : said;
}

/**
 * «Приду в следующий раз», «приду, но не сегодня», «приду, не смогу»: a «приду» that says not this time, or a «не смогу»
 * beside it, is no yes (probe40: they took the seat, or answered a reminder «Спасибо! Ждём вас»). Asked or left to the
 * «не смогу» readers instead.
 */
const NOT_THIS_TIME = /(^| )(в (другой|следующий|иной) раз|в следующий|на следующей неделе|потом|не (сегодня|завтра|в этот раз|на этот раз|на этой неделе)|next time|another (time|day)|not (today|tomorrow|this time))( |$)/;
export function notThisTime(text: string): boolean {
  return NOT_THIS_TIME.test(wordsTyped(text).toLowerCase()) || readCantCome(text) !== undefined;
}

function answerInWords(text: string): 'acc' | 'dec' | undefined {
  const plain = foldLookAlikes(text).replace(/ё/g, 'е').replace(/[’`]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // "Да, спасибо", "конечно приду", "не смогу, извините", "yes please": the courtesy words around an answer (probe25 L12).
  // «всё-таки приду», «я передумала, приду»: a change of mind said around it is dropped the same way (walk36 L10).
  const bare = plain.replace(COURTESY, ' ').replace(CHANGED_MIND, ' ').replace(/\s+/g, ' ').trim();
  return answerOf(text, plain) ?? (bare && bare !== plain ? answerOf(bare, bare) : undefined);
}

const COURTESY = /(^| )(большое спасибо|спасибо большое|спасибо|благодарю|об[яеи]з[ая]?т[еи]?льно|конечно|извините|простите|пожалуйста|thank you very much|thank you|thanks|please|sorry|of course|definitely)(?= |$)/g;

const CHANGED_MIND = /(^| )(все таки|всетаки|все же|я передумала?|передумала?|ну ладно|ладно|так и быть|i('ve| have)? changed my mind|changed my mind|after all)(?= |$)/g;

/**
 * The answer to a lesson reminder in words: as an offer's, and «приду на смартфон», «я передумала, приду на смартфон»
 * too (walk36 L10). A reminder is about one lesson, so the course named after the answer adds nothing; an offer's reader
 * leaves those words to answerWithCourse, which picks one offer of several by them.
 */
export function reminderAnswerOfWords(text: string): 'acc' | 'dec' | undefined {
  const said = offerAnswerOfWords(text);
  if (said || text.includes('?')) return said;
  const named = /^(.+?)\s+(на|в|to|for)\s+\S.*$/iu.exec(text.trim());
  const answer = named ? offerAnswerOfWords(named[1]!) : undefined;
  return answer === 'acc' && notThisTime(text) ? undefined : answer;
}

/**
 * «Приду в следующий раз», «приду, но не сегодня», «приду потом»: a «приду» that says not this time, and no «не смогу»
 * beside it (readCantCome reads those): under a reminder, its «Не смогу» (probe40 L5).
 */
export function notComingThisTime(text: string): boolean {
  const plain = wordsTyped(text).toLowerCase();
  if (readCantCome(text) !== undefined || !NOT_THIS_TIME.test(plain)) return false;
  // Nothing else said: «приду, потом позвоню» is no «не смогу».
  const rest = plain.replace(new RegExp(NOT_THIS_TIME.source, 'g'), ' ').replace(/(^| )(но|а|but)(?= |$)/g, ' ').replace(/\s+/g, ' ').trim();
  return rest !== '' && answerInWords(rest) === 'acc';
}

/** A yes said before «приду»: «да», «хорошо», «ок» (walk40 L10). */
const ASSENT_FIRST = '(?:да|хорошо|ок|окей|ok|okay)';
const ASSENT_FIRST_EN = '(?:yes|ok|okay)';

function answerOf(text: string, plain: string): 'acc' | 'dec' | undefined {
  const yesNo = yesNoOfWords(text);
  if (yesNo) return yesNo === 'yes' ? 'acc' : 'dec';
  // «I can't make it (on Thursdays)»: the usual English for it, with or without when (walk29 W29-10).
  if (/^(нет,? )?(я )?(не смогу|не могу|не приду|не буду|не получится)( прийти)?$|^(no,? )?(i )?(can't|cannot|won't) come$|^(no,? )?(i )?(can't|cannot|won't be able to) make it( .+)?$/.test(plain)) return 'dec';
  // «Буду» is said for «приду» as often (walk30 W30-06); «хорошо, приду», «ок, приду» as «да, приду» (walk40 L10).
  if (new RegExp(`^(${ASSENT_FIRST},? )?(я )?(приду|буду|смогу прийти|смогу)$|^(${ASSENT_FIRST_EN},? )?(i'll|i will) come$`).test(plain)) return 'acc';
  // The answer first, then a comma (or a colon, a dash) and a reason: «не смогу, я уже нашёл работу», «Приду, но
  // опоздаю» (walk34 W34-04). Not in a question («смогу ли я…?»); without the comma the words may name a course
  // («приду на госуслуги»: answerWithCourse reads those).
  if (text.includes('?') || /(^| )ли( |$)/.test(plain)) return undefined;
  const said = foldLookAlikes(text).replace(/ё/g, 'е').trim();
  if (/^(нет[,\s]+)?(я\s+)?(не смогу|не приду|не получится)\s*[,.:;!—–-]\s*\S|^(no[,\s]+)?(i\s+)?(can't|cannot|won't) come\s*[,.:;!—–-]\s*\S/.test(said)) return 'dec';
  if (new RegExp(`^(${ASSENT_FIRST}[,\\s]+)?(я\\s+)?(приду|смогу прийти)\\s*[,.:;!—–-]\\s*\\S|^(${ASSENT_FIRST_EN}[,\\s]+)?(i'll|i will) come\\s*[,.:;!—–-]\\s*\\S`).test(said)) return 'acc';
  return undefined;
}
