import type { BotContext } from '../context.js';
import type { MenuContext } from '../menus/view-menu.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import type { LeaveView } from './waitlist.js';
import { whoseVars } from '../../domain/whose-record.js';
import type { SeatFate } from '../../domain/seat-given-up.js';

/** «Отказаться от места в группе …?», as the seat's fate has it (the release menu's question, without a lead); whose, when a relative reads it. */
export const releaseQuestion = (ctx: BotContext, v: LeaveView) => ctx.t(QUESTION[v.seat ?? 'offered-on'], { course: v.course, ...whoseVars(v.whose) });

const QUESTION: Record<SeatFate, string> = {
  'offered-on': 'release-confirm',
  'nobody-waits': 'release-confirm-nobody-waits',
  'none-can-take': 'release-confirm-none-can-take',
  stays: 'release-confirm-stays',
};

/** The release menu's text: the lead (the lesson a typed «не смогу» meant) and the question; whose record, first of all. */
export const releaseText = (ctx: BotContext, v: LeaveView) =>
  v.lead ? [...(v.whose ? [ctx.t('whose-record', { name: v.whose })] : []), v.lead, releaseQuestion(ctx, { ...v, whose: undefined })].join('\n') : releaseQuestion(ctx, v);

/**
 * «Нет, остаться в группе» under a question asked about typed «не смогу, заболел» (its lesson above it): the question
 * stays, without its buttons, and «Хорошо, место остаётся за вами» comes under it, so the chat reads in order (walk36
 * L8). True when answered so; asked from «Моё место» (the question alone) the list is drawn there again instead.
 */
export async function keptBelowQuestion(ctx: MenuContext, v: LeaveView): Promise<boolean> {
  const shown = ctx.callbackQuery?.message?.text;
  if (shown === undefined || shown === releaseQuestion(ctx, v)) return false;
  // Its buttons go before the answer is sent (ctx.menu.close() would take them off after it).
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  await ctx.reply(ctx.t('rem-kept', whoseVars(v.whose)), { reply_markup: mainMenu(ctx) });
  return true;
}
