import { sentMessageIds } from '../../outbox/index.js';
import type { BotContext } from '../context.js';

/**
 * The copies of one seat offer in a citizen's chat: the offer and its reminder (sent through the outbox) and the
 * copy "🔢 Моё место в очереди" showed last (src/bot/features/waitlist.ts, remembered in the session). Only one of
 * them keeps live buttons at a time (walk s21 W21-11).
 */
export async function offerCopies(ctx: BotContext, entryId: string): Promise<number[]> {
  const shown = ctx.session.offerCopies?.[entryId];
  return [...(await sentMessageIds(ctx.from!.id, `offer(-rem)?:${entryId}:`)), ...(shown === undefined ? [] : [shown])];
}

/** The copies lose their buttons (a failed edit, e.g. a message deleted or already without them, is no matter). */
export async function dropOfferCopiesButtons(ctx: BotContext, entryId: string): Promise<void> {
  for (const messageId of await offerCopies(ctx, entryId)) {
    await ctx.api.editMessageReplyMarkup(ctx.chat!.id, messageId, { reply_markup: undefined }).catch(() => undefined);
  }
}

/** The copies just shown under the list are the live ones now (offers no longer open are forgotten). */
export function rememberOfferCopies(ctx: BotContext, copies: Record<string, number>): void {
  ctx.session.offerCopies = Object.keys(copies).length > 0 ? copies : undefined;
}
