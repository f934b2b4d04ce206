import type { OpenOffer } from '../../../domain/offer-messages.js';
import { offerRefused } from '../../../domain/undelivered-offers.js';
import type { BotContext } from '../../context.js';
import { offerCopies } from '../offer-copies.js';
import { sendOpenOffers } from '../waitlist.js';

/**
 * A seat offer that never reached her chat: Telegram refused it while she had blocked the bot (the librarians' call
 * card holds the seat, fix31a), and no copy of it has been shown since. A «да» typed then answers nothing she saw
 * (probe31 L2).
 */
export async function unseenOffer(ctx: BotContext, offer: OpenOffer): Promise<boolean> {
  return offer.offeredAt !== undefined && (await offerRefused(offer.entryId, offer.offeredAt)) && (await offerCopies(ctx, offer.entryId)).length === 0;
}

/** «Для вас держим место в группе…», then each offer she holds with its buttons, as /start says it (walk31 W31-09). */
export async function showHeldOffers(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t('start-offer'));
  await sendOpenOffers(ctx);
  ctx.session.heldShownAt = ctx.deps.now().getTime();
}

/** Minutes after the held offers were shown during which /start points at them rather than sending them again. */
const SHOWN_RECENTLY_MS = 10 * 60_000;

/**
 * Whether the held offers were shown a moment ago: she unblocked the bot (Telegram tells it) and then pressed
 * «Перезапустить», which sends /start. Asked once: the mark goes.
 */
export function heldShownJustNow(ctx: BotContext): boolean {
  const at = ctx.session.heldShownAt;
  delete ctx.session.heldShownAt;
  return at !== undefined && ctx.deps.now().getTime() - at < SHOWN_RECENTLY_MS;
}
