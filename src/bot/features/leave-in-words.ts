import { findCourse } from '../../domain/catalog.js';
import { findActiveEntry, leaveWaitlist } from '../../domain/waitlist.js';
import { giveUpSeat } from '../../domain/seat-given-up.js';
import { sameAsLabel, wordsTyped } from '../../domain/text.js';
import { yesNoOfWords } from '../../domain/yes-no-words.js';
import { whoseRecord, whoseVars } from '../../domain/whose-record.js';
import { offerAnswerOfWords, reminderAnswerOfWords } from '../filters/menu-words.js';
import { changedMindAbout, comeAfterAll } from './reminders/answered.js';
import type { BotContext } from '../context.js';
import { markAsked, type AskedAnswer } from './asked.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

/**
 * "Выйти из очереди?" answered "да" or "нет" typed instead of pressed (walk s21 W21-05). Only the message right after
 * the question counts: any other update in between (a press, another text) forgets it, so a "да" typed later for
 * something else never takes anyone off the list.
 */
export function askedToLeave(ctx: BotContext, entry: string, asked?: number) {
  const message = asked ?? ctx.callbackQuery?.message?.message_id;
  if (message !== undefined) markAsked(ctx, { kind: 'leave', entry, message });
}

/**
 * "Отказаться от места в группе?" (My place in line) was just asked: "нет" or "остаться в группе" typed keeps the
 * seat (walk s22 W22-32). A typed "да" is not taken: two buttons give the seat up, differently.
 */
export function askedToRelease(ctx: BotContext, entry: string, asked?: number) {
  const message = asked ?? ctx.callbackQuery?.message?.message_id;
  if (message !== undefined) markAsked(ctx, { kind: 'release', entry, message });
}

const STAY = /^(нет )?(остаться|оставить|остаюсь|останусь|оставьте)( в группе| место| место за мной)?$|^(no )?(stay|keep)( in the group| it| my seat)?$/;

/** Its two other buttons in words (walk30 W30-10): «выйти совсем», «освободить и выйти»; «остаться в очереди». */
const LEAVE_ALL = /^(да )?(выйти совсем|уйти совсем|совсем выйти|совсем|освободить и выйти( из очереди)?|выйти из очереди)$|^(yes )?(leave|leave the line|leave for good|give it up and leave( the line)?)$/;
const WAIT = /^(да )?(остаться в очереди|освободить( место)?( и)? остаться в очереди|освободить место|освободить)$|^(yes )?(stay in line|give it up( and)? stay in line|give it up)$/;

function giveUpSaid(ctx: BotContext, text: string): 'leave' | 'wait' | undefined {
  const plain = wordsTyped(text).toLowerCase();
  if (LEAVE_ALL.test(plain) || sameAsLabel(ctx.t('rem-btn-release-leave')).test(text)) return 'leave';
  return WAIT.test(plain) || sameAsLabel(ctx.t('rem-btn-release-wait')).test(text) ? 'wait' : undefined;
}

/**
 * The seat given up as its button does (giveUpSeat: the group's librarian and a referring partner are told, walk34
 * W34-05); the question loses its buttons, the answer comes below it.
 */
async function giveUpInWords(ctx: BotContext, entryId: string, question: number, leave: boolean): Promise<void> {
  const released = await giveUpSeat(entryId, ctx.deps.now(), { ...ctx.deps.offers, leave });
  await ctx.api.editMessageReplyMarkup(ctx.chat!.id, question).catch(() => undefined);
  ctx.log.info({ leave, released }, 'seat given up in words');
  await ctx.reply(ctx.t(!released ? 'button-outdated' : leave ? 'rem-released-leave' : 'rem-released-wait'), { reply_markup: mainMenu(ctx) });
}

/** "Leave the list?" or "Give up your seat?" answered in words (asked.ts). */
export const leaveAnswer: AskedAnswer = async (ctx, asked, next) => {
  if (!ctx.from || !ctx.chat || !asked.entry) return next();
  if (asked.kind === 'release') {
    const text = ctx.message?.text;
    // "Нет, спасибо" too: a no with courtesy words (probe25 L12).
    const noFirst = text !== undefined && /^(нет|no)( |$)/.test(wordsTyped(text).toLowerCase()) && offerAnswerOfWords(text) === 'dec';
    const stays = text !== undefined && (yesNoOfWords(text) === 'no' || noFirst || STAY.test(wordsTyped(text).toLowerCase()));
    // A "да" (or "приду", "не смогу") right after the question answers it, never another offer the person holds
    // (probe25 M2: it took a second course's seat): which button does what, and the question stays asked.
    const gives = text === undefined || stays ? undefined : giveUpSaid(ctx, text);
    const answers = text !== undefined && (stays || gives !== undefined || offerAnswerOfWords(text) !== undefined);
    if (!answers || (await findActiveEntry(ctx.from.id, asked.entry))?.status !== 'enrolled') return next();
    if (gives !== undefined) return giveUpInWords(ctx, asked.entry, asked.message, gives === 'leave');
    // Asked after her «не смогу»: «всё-таки приду» keeps the seat, and the librarian hears (fix39a, walk40 M2).
    const cameBack = !stays && text !== undefined && reminderAnswerOfWords(text) === 'acc' ? await changedMindAbout(ctx, text, asked.entry) : undefined;
    if (cameBack) {
      await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
      return comeAfterAll(ctx, cameBack);
    }
    if (!stays) {
      markAsked(ctx, asked);
      return void (await ctx.reply(ctx.t('release-typed-yes', { wait: ctx.t('rem-btn-release-wait'), leave: ctx.t('rem-btn-release-leave'), keep: ctx.t('release-keep') })));
    }
    await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
    return void (await ctx.reply(ctx.t('rem-kept', whoseVars(await whoseRecord(ctx.from.id))), { reply_markup: mainMenu(ctx) }));
  }
  // «Выйти совсем» under «Выйти из очереди?» is its yes, as under «Отказаться от места?» (walk30 W30-10; seen in the stop's walk).
  const typed = ctx.message?.text;
  const word = typed === undefined ? undefined : (yesNoOfWords(typed) ?? (LEAVE_ALL.test(wordsTyped(typed).toLowerCase()) ? 'yes' : undefined));
  const entry = word ? await findActiveEntry(ctx.from.id, asked.entry) : null;
  if (!word || !entry || entry.status !== 'waiting') return next();
  const course = (await findCourse(entry.courseId))?.title[ctx.locale] ?? '';
  const left = word === 'yes' && (await leaveWaitlist(ctx.from.id, asked.entry, ctx.deps.now()));
  if (word === 'yes' && !left) return next();
  const text = ctx.t(left ? 'leave-done' : 'leave-kept', { course });
  // The question answered loses its buttons; the answer comes below it, with the main menu.
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
  await ctx.reply(text, { reply_markup: mainMenu(ctx) });
};
