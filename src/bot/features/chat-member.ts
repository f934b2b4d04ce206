import { Composer } from 'grammy';
import { setReachable } from '../../domain/citizens.js';
import { resendMissedReminders } from '../../domain/missed-reminders.js';
import { offerSeatsOnReturn } from '../../domain/undelivered-offers.js';
import { openOffersOf } from '../../domain/offer-messages.js';
import { showHeldOffers } from './classes/held-offers.js';
import type { BotContext } from '../context.js';

/**
 * A citizen who blocks the bot (status "kicked") is marked unreachable, so
 * reminders and broadcasts skip them; unblocking makes them reachable again, and a lesson reminder she missed
 * meanwhile comes once more while it is still true (walk30 W30-08: the first update from her chat when she is back),
 * and a free seat of her line is offered at once (fix31a: one withdrawn while she blocked the bot is hers to take);
 * a seat held for her meanwhile is said first, with the offer's buttons (probe31 L2).
 */
export const chatMemberFeature = new Composer<BotContext>();

chatMemberFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status === 'kicked') await setReachable(ctx.myChatMember.from.id, false, ctx.deps.now());
  else if (status === 'member') {
    await setReachable(ctx.myChatMember.from.id, true, ctx.deps.now());
    await resendMissedReminders(ctx.myChatMember.from.id, ctx.deps.now());
    // A seat held for her meanwhile (the offer refused, a call card opened): said now, with its buttons (probe31 L2).
    if ((await openOffersOf(ctx.myChatMember.from.id, ctx.deps.now())).length > 0) await showHeldOffers(ctx);
    await offerSeatsOnReturn(ctx.myChatMember.from.id, ctx.deps.now(), ctx.deps.offers);
  }
});
