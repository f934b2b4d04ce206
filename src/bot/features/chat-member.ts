import { Composer } from 'grammy';
import { setReachable } from '../../domain/citizens.js';
import type { BotContext } from '../context.js';

/**
 * A citizen who blocks the bot (status "kicked") is marked unreachable, so
 * reminders and broadcasts skip them; unblocking makes them reachable again.
 */
export const chatMemberFeature = new Composer<BotContext>();

chatMemberFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status === 'kicked') await setReachable(ctx.myChatMember.from.id, false, ctx.deps.now());
  else if (status === 'member') await setReachable(ctx.myChatMember.from.id, true, ctx.deps.now());
});
