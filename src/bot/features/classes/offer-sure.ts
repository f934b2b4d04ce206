import { InlineKeyboard } from 'grammy';
import { offerCourseAndStart, offerData } from '../../../domain/offer-messages.js';
import { wordsTyped } from '../../../domain/text.js';
import { lastSentAt } from '../../../outbox/index.js';
import type { BotContext } from '../../context.js';
import { markAsked } from '../asked.js';
import { offerCopies } from '../offer-copies.js';

/**
 * A typed yes that comes right after a seat offer reached the chat may have been meant for what came before it (a
 * second "да" to the join summary: walk28 W28-18): the person is asked "I'll come to …, from … — right?" first.
 */
export const HURRIED_YES_MS = 15_000;

/** The reply's message is this offer (one of its copies, or a message under which its buttons are). */
async function repliesToOffer(ctx: BotContext, entryId: string): Promise<boolean> {
  const replied = ctx.message?.reply_to_message;
  if (!replied) return false;
  const buttons = replied.reply_markup?.inline_keyboard.flat() ?? [];
  if (buttons.some((b) => 'callback_data' in b && b.callback_data === offerData.pack('acc', entryId))) return true;
  return (await offerCopies(ctx, entryId)).includes(replied.message_id);
}

/**
 * Whether a typed yes to this offer came in a hurry: a bare yes ("да", not "приду"), not a reply to the offer, within
 * HURRIED_YES_MS of the offer (or its reminder) reaching the chat, by the bot's clock.
 */
export async function hurriedYes(ctx: BotContext, entryId: string): Promise<boolean> {
  const text = ctx.message?.text;
  if (text === undefined || /приду|прийти|смогу|буду|come/.test(wordsTyped(text))) return false;
  if (await repliesToOffer(ctx, entryId)) return false;
  const sent = await lastSentAt(ctx.from!.id, `offer(-rem)?:${entryId}:`);
  return sent !== undefined && ctx.deps.now().getTime() - sent.getTime() < HURRIED_YES_MS;
}

/** "Приду на «…», с … — верно?" [Да, приду] [Нет]; a "да" / "нет" typed next answers it (offers.ts offerSureInWords). */
export async function askSure(ctx: BotContext, entryId: string, groupId: string): Promise<void> {
  const about = (await offerCourseAndStart(groupId, ctx.locale, ctx.deps.now())) ?? { course: '', from: '' };
  const keyboard = new InlineKeyboard().text(ctx.t('offer-sure-yes'), offerData.pack('sure', entryId)).text(ctx.t('offer-sure-no'), offerData.pack('unsure', entryId));
  const sent = await ctx.reply(ctx.t('offer-sure-ask', about), { reply_markup: keyboard });
  markAsked(ctx, { kind: 'sure', entry: entryId, message: sent.message_id });
}
