import { Composer } from 'grammy';
import { setReachable } from '../../domain/citizens.js';
import { resendMissedReminders } from '../../domain/missed-reminders.js';
import type { BotContext } from '../context.js';

/**
 * A citizen who blocks the bot (status "kicked") is marked unreachable, so
 * reminders and broadcasts skip them; unblocking makes them reachable again, and a lesson reminder she missed
 * meanwhile comes once more while it is still true (walk30 W30-08: the first update from her chat when she is back).
 */
export const chatMemberFeature = new Composer<BotContext>();

chatMemberFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status === 'kicked') await setReachable(ctx.myChatMember.from.id, false, ctx.deps.now());
  else if (status === 'member') {
    await setReachable(ctx.myChatMember.from.id, true, ctx.deps.now());
    await resendMissedReminders(ctx.myChatMember.from.id, ctx.deps.now());
  }
});
