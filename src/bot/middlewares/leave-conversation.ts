import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { openOffersOf } from '../../domain/offer-messages.js';
import { menuButton } from '../filters/menu-button.js';
import { menuKeyOfWords, offerAnswerOfWords } from '../filters/menu-words.js';
import type { Translator } from '../i18n.js';
import { MAIN_MENU_KEYS } from '../../../scenes/shared/keyboards.js';
import { CENTERS_NEAR_ME } from '../../../scenes/waitlist/centers-near-me.js';
import { FIND_PERSON } from '../../../scenes/desk/find-person.js';
import { BROADCAST } from '../../../scenes/admin/broadcast.js';
import { languageKeyboard, showHelp } from '../features/start.js';
import { KNOWN_COMMANDS } from '../commands.js';
import { askJoinResume, inJoin, sayJoinKept } from '../features/join-resume.js';

/** Commands that say themselves what became of the flow: /cancel answers "cancelled", /start greets anew. */
const SELF_EXPLAINING = new Set(['/cancel', '/start']);
/** Flows that only show things (the centers near me): leaving one loses nothing, so nothing is said (walk s20 #10). */
const ONLY_SHOWING = new Set([CENTERS_NEAR_ME]);
/** Flows whose leaving is said in their own true words (walk29 W29-20: after only viewing a /find card «начатое не
 * закончено: ничего не сохранено» read as work lost): the card closed, or the broadcast not sent; nothing changed. */
const OWN_WORDS: Record<string, string> = { [FIND_PERSON]: 'find-left', [BROADCAST]: 'bc-left' };

/**
 * Any command or main-menu button (or, from a flow that only shows, its words) leaves a running conversation, then
 * goes on to its handler (which sits after the conversations, where they are registered).
 * The person is told first that the unfinished flow stopped and kept nothing:
 * someone who taps "My place in line" in the middle of joining to check
 * something would otherwise find their answers gone without a word.
 */
export function leaveConversationOnCommand(i18n: Translator): MiddlewareFn<BotContext> {
  const menuButtons = MAIN_MENU_KEYS.flatMap((key) => menuButton(i18n, key));
  const nearest = menuButton(i18n, 'centers-nearest-button');
  const helpButton = menuButton(i18n, 'menu-help');
  const joinButton = menuButton(i18n, 'menu-join');
  return async (ctx, next) => {
    const text = ctx.message?.text;
    const isCommand = ctx.message?.entities?.[0]?.type === 'bot_command' && ctx.message.entities[0].offset === 0;
    const active = Object.keys(ctx.conversation.active());
    // "Да" typed to a seat offer that came while the towns of "centers near me" were up: the offer's answer, not a
    // wrong answer to the towns (seen in the emulator, round 24); a flow that asks for answers keeps its "да".
    const onlyShowing = active.length > 0 && active.every((name) => ONLY_SHOWING.has(name));
    const offerAnswer = async () =>
      text !== undefined && ctx.from !== undefined && onlyShowing && offerAnswerOfWords(text) !== undefined && (await openOffersOf(ctx.from.id, ctx.deps.now())).length === 1;
    // A main-menu question in words ("когда у меня занятие?", "где библиотека?") leaves a flow that only shows, as its
    // button does (probe25 M4: every one got "press a button"); "ближайшие ко мне" typed is the towns question's own.
    const menuWords = text !== undefined && onlyShowing && menuKeyOfWords(text) !== undefined && !nearest.some((button) => button.test(text));
    // Words about someone else's entry («нет, мне не надо, маму надо отписать») leave any flow: no step takes them (walk30 W30-05).
    const aboutRelative = text !== undefined && menuKeyOfWords(text) === 'menu-relative';
    if (text !== undefined && (isCommand || menuWords || aboutRelative || menuButtons.some((button) => button.test(text)) || (await offerAnswer())) && active.length > 0) {
      const command = isCommand ? text.split(/[\s@]/)[0]! : undefined;
      const lost = active.some((name) => !ONLY_SHOWING.has(name));
      // The language is asked first, with what choosing one now does; the question above can still be answered
      // instead (probe s21 L2: /language dropped every answer without a word before).
      if (command === '/language' && lost) return void (await ctx.reply(ctx.t('choose-language-mid-flow'), { reply_markup: languageKeyboard(ctx) }));
      // A mistyped command (/brodcast) leaves nothing half-typed behind: said, and the question above waits on.
      if (command && lost && !KNOWN_COMMANDS.has(command.slice(1).toLowerCase())) return void (await ctx.reply(ctx.t('unknown-command-mid-flow')));
      // A join is kept (walk30 W30-03): /start asks whether to go on or start again; help is shown, the join waits.
      if (inJoin(active) && command === '/start' && text.trim().split(/\s+/).length === 1) return askJoinResume(ctx);
      // «Записаться на курс» pressed again in a join: the same thing, not «another»; go on or start again (walk31 W31-03).
      if (inJoin(active) && joinButton.some((button) => button.test(text))) return askJoinResume(ctx);
      if (inJoin(active) && (command === '/help' || helpButton.some((button) => button.test(text)))) return void (await showHelp(ctx), await sayJoinKept(ctx));
      await ctx.conversation.exitAll();
      const own = active.length === 1 ? OWN_WORDS[active[0]!] : undefined;
      if (lost && (!command || !SELF_EXPLAINING.has(command))) await ctx.reply(ctx.t(own ?? 'flow-left'));
    }
    return next();
  };
}
